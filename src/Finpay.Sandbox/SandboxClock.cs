using System;
using System.Globalization;

namespace Finpay.Sandbox;

/// <summary>
/// The sandbox's notion of now: the time of <see cref="SandboxOptions.TimeProvider"/> (the system's unless a test gives its own)
/// plus an offset that only moves forward, so recurring schedules can be run on demand. Finpay works in Jakarta time (UTC+7);
/// dates in requests and responses use it.
/// </summary>
public sealed class SandboxClock
{
    /// <summary>Jakarta's fixed offset (no daylight saving).</summary>
    public static readonly TimeSpan JakartaOffset = TimeSpan.FromHours(7);

    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private TimeSpan _offset;

    internal SandboxClock(TimeProvider time, DateTimeOffset? start)
    {
        _time = time;
        _offset = start is { } s ? s - time.GetUtcNow() : TimeSpan.Zero;
    }

    /// <summary>The sandbox's current time, in Jakarta time.</summary>
    public DateTimeOffset Now
    {
        get
        {
            lock (_gate) return (_time.GetUtcNow() + _offset).ToOffset(JakartaOffset);
        }
    }

    internal DateTimeOffset Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "The sandbox clock only moves forward.");
        lock (_gate)
        {
            _offset += by;
            return (_time.GetUtcNow() + _offset).ToOffset(JakartaOffset);
        }
    }

    /// <summary>Finpay's date-time format, "yyyy-MM-dd HH:mm:ss" in Jakarta time.</summary>
    internal static string Format(DateTimeOffset at) =>
        at.ToOffset(JakartaOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
