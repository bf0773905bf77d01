using System;
using Finpay.Generated.Callbacks;

namespace Finpay.Generated.AspNetCore;

/// <summary>How the callback endpoint reads, confirms and deduplicates Finpay's callbacks.</summary>
public sealed class FinpayCallbackOptions
{
    /// <summary>The largest body read, in bytes; a larger one is answered 413 unread. 64 KiB unless set (a callback is about 1 KiB).</summary>
    public int MaxBodyBytes { get; set; } = FinpayCallbackVerifier.DefaultMaxBodyBytes;

    /// <summary>
    /// Whether the status a callback reports is confirmed with Finpay's check status call before the handler runs. On unless
    /// set: a callback carries no timestamp, so only Finpay's own answer tells a fresh event from an old one sent again.
    /// </summary>
    public bool ConfirmWithCheckStatus { get; set; } = true;

    /// <summary>
    /// How long an instance holds a payment event while its handler runs. Another instance may take the event over only after
    /// this, so it must be longer than the slowest handler; it bounds the wait when an instance dies mid-handling. 5 minutes
    /// unless set.
    /// </summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a handled payment event is remembered: a copy arriving within this time is answered 200 without running the
    /// handler. It must outlast Finpay's retries and any replay you want to absorb. 7 days unless set.
    /// </summary>
    public TimeSpan HandledRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Shows the settings.</summary>
    public override string ToString() =>
        $"FinpayCallbackOptions {{ MaxBodyBytes = {MaxBodyBytes}, ConfirmWithCheckStatus = {ConfirmWithCheckStatus}, " +
        $"ClaimTimeout = {ClaimTimeout}, HandledRetention = {HandledRetention} }}";
}
