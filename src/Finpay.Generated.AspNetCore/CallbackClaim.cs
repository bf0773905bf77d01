using System;

namespace Finpay.Generated.AspNetCore;

/// <summary>The outcome of <see cref="ICallbackClaimStore.TryClaimAsync"/>: the event's key, what was found and, when acquired, the owner token.</summary>
public sealed class CallbackClaim
{
    /// <summary>Creates a claim outcome.</summary>
    /// <param name="key">The payment event's key.</param>
    /// <param name="status">What the claim found.</param>
    /// <param name="ownerToken">A value only this holder knows; required when <paramref name="status"/> is <see cref="CallbackClaimStatus.Acquired"/>.</param>
    public CallbackClaim(string key, CallbackClaimStatus status, string? ownerToken = null)
    {
        if (string.IsNullOrEmpty(key)) throw new ArgumentException("The event key is empty.", nameof(key));
        if (status == CallbackClaimStatus.Acquired && string.IsNullOrEmpty(ownerToken))
            throw new ArgumentException("An acquired claim needs an owner token.", nameof(ownerToken));
        Key = key;
        Status = status;
        OwnerToken = ownerToken;
    }

    /// <summary>The payment event's key.</summary>
    public string Key { get; }

    /// <summary>What the claim found.</summary>
    public CallbackClaimStatus Status { get; }

    /// <summary>Set when acquired: releasing or completing the claim checks it, so a holder never touches another's claim.</summary>
    public string? OwnerToken { get; }

    /// <inheritdoc />
    public override string ToString() => $"Claim on {Key}: {Status}";
}
