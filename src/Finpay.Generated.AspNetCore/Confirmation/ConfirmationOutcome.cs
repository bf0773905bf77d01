using Finpay.Generated.Values;

namespace Finpay.Generated.AspNetCore.Confirmation;

/// <summary>What Finpay's status check said about a callback: where the order stands now, or why that is not known.</summary>
internal sealed class ConfirmationOutcome
{
    private ConfirmationOutcome(ConfirmationVerdict verdict, string reason, PaymentStatus? status = null, string? paymentReference = null)
    {
        Verdict = verdict;
        Reason = reason;
        Status = status;
        PaymentReference = paymentReference;
    }

    public ConfirmationVerdict Verdict { get; }

    public string Reason { get; }

    /// <summary>When confirmed: Finpay's status of the payment now.</summary>
    public PaymentStatus? Status { get; }

    /// <summary>When confirmed: the payment <see cref="Status"/> is about.</summary>
    public string? PaymentReference { get; }

    /// <summary>Finpay knows the order and said where its payment stands now.</summary>
    public static ConfirmationOutcome Confirmed(PaymentStatus status, string? paymentReference) => new(ConfirmationVerdict.Confirmed, "confirmed", status, paymentReference);

    /// <summary>Finpay answered and does not know the order for this merchant.</summary>
    public static ConfirmationOutcome Refuted(string reason) => new(ConfirmationVerdict.Refuted, reason);

    /// <summary>Finpay could not be asked (time-out, connection, error answer): try again later.</summary>
    public static ConfirmationOutcome Unavailable(string reason) => new(ConfirmationVerdict.Unavailable, reason);
}
