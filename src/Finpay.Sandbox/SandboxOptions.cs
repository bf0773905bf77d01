using System;
using System.Collections.Generic;

namespace Finpay.Sandbox;

/// <summary>How a sandbox starts: port, test merchants, callback retries and the clock's starting point.</summary>
public sealed class SandboxOptions
{
    /// <summary>The merchant every sandbox knows unless told otherwise (Finpay's documented example credentials).</summary>
    public const string DefaultMerchantId = "FINPAY770";

    /// <summary>The default merchant's key. A test value, published in the README.</summary>
    public const string DefaultMerchantKey = "SoSecret123";

    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Test merchants, id to key. Basic auth is checked against these.</summary>
    public IDictionary<string, string> Merchants { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DefaultMerchantId] = DefaultMerchantKey,
    };

    /// <summary>
    /// Wait before each callback delivery attempt; the first entry is the wait before the first attempt. A delivery that
    /// gets no 2xx is retried after the next entry, until the list runs out.
    /// </summary>
    public IList<TimeSpan> CallbackRetryDelays { get; } = new List<TimeSpan>
    {
        TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8),
    };

    /// <summary>How long one callback delivery attempt may take.</summary>
    public TimeSpan CallbackTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a stop waits for requests in flight, and then again for callbacks to flush; the two together stay under the
    /// 5 seconds a container stop or CI job usually allows before killing the process.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Where the sandbox clock starts; null starts it at the current time of <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset? ClockStart { get; set; }

    /// <summary>
    /// The time the sandbox runs on: its clock and the waits between callback retries. The system's unless set; a test
    /// passes a <c>FakeTimeProvider</c> (the same one it gives the SDK) to move time without waiting.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
