using System;
using System.Threading;
using System.Threading.Tasks;

namespace Finpay.Generated.AspNetCore;

/// <summary>
/// Where instances agree who handles a payment event. A claim is taken atomically before the handler runs, renewed while it
/// runs (so a slow handler keeps it, while the claim of an instance that died lapses), released when the handler fails (so a retry can run it again) and turned into a "handled" mark when it succeeds. Every method may throw when
/// the store cannot be reached; the endpoint then answers 503 and never runs the handler without a claim.
/// </summary>
public interface ICallbackClaimStore
{
    /// <summary>Claims the event unless another holds it or it was handled; an acquired claim lapses after <paramref name="claimTimeout"/>.</summary>
    Task<CallbackClaim> TryClaimAsync(string key, TimeSpan claimTimeout, CancellationToken cancellationToken);

    /// <summary>
    /// Extends <paramref name="claim"/> to lapse <paramref name="claimTimeout"/> from now, only while its owner token still holds
    /// the event. Returns false when it no longer does (it lapsed and another took it, or it was completed or released).
    /// </summary>
    Task<bool> RenewAsync(CallbackClaim claim, TimeSpan claimTimeout, CancellationToken cancellationToken);

    /// <summary>Marks the event handled for <paramref name="retention"/>. Returns false when the claim had lapsed before (another holder may have run it too).</summary>
    Task<bool> CompleteAsync(CallbackClaim claim, TimeSpan retention, CancellationToken cancellationToken);

    /// <summary>Gives the event back if <paramref name="claim"/> still holds it, so a retry can take it.</summary>
    Task ReleaseAsync(CallbackClaim claim, CancellationToken cancellationToken);
}
