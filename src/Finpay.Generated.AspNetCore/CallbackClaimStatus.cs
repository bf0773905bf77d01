namespace Finpay.Generated.AspNetCore;

/// <summary>What a claim on a payment event found.</summary>
public enum CallbackClaimStatus
{
    /// <summary>This caller holds the event now and runs the handler.</summary>
    Acquired = 0,

    /// <summary>Another caller holds the event and may still fail and release it: do not answer 2xx yet.</summary>
    HeldByAnother,

    /// <summary>The event was handled already: answer 2xx without running the handler.</summary>
    AlreadyHandled,
}
