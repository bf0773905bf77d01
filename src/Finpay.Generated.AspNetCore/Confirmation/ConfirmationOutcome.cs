namespace Finpay.Generated.AspNetCore.Confirmation;

/// <summary>What Finpay's status check said about a callback.</summary>
internal sealed class ConfirmationOutcome
{
    private ConfirmationOutcome(ConfirmationVerdict verdict, string reason)
    {
        Verdict = verdict;
        Reason = reason;
    }

    public static ConfirmationOutcome Confirmed { get; } = new(ConfirmationVerdict.Confirmed, "confirmed");

    public ConfirmationVerdict Verdict { get; }

    public string Reason { get; }

    /// <summary>Finpay answered and disagrees with the callback.</summary>
    public static ConfirmationOutcome Refuted(string reason) => new(ConfirmationVerdict.Refuted, reason);

    /// <summary>Finpay could not be asked (time-out, connection, error answer): try again later.</summary>
    public static ConfirmationOutcome Unavailable(string reason) => new(ConfirmationVerdict.Unavailable, reason);
}
