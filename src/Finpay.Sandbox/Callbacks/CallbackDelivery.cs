using System;

namespace Finpay.Sandbox.Callbacks;

/// <summary>
/// One attempt to deliver a signed callback: where, what came back (status code or error), and whether it counted as
/// delivered (any 2xx). <see cref="Body"/> is the exact signed body sent.
/// </summary>
public sealed record CallbackDelivery(
    string OrderId, int Attempt, string Url, int? StatusCode, string? Error, bool Delivered, DateTimeOffset At, string Body)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"Callback for {OrderId}, attempt {Attempt}: {(Delivered ? "delivered" : "failed")} ({StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Error})";
}
