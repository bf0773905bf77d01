using Finpay.Generated.Values;

namespace Finpay.Generated;

/// <summary>The answer of <see cref="FinpayCardClientExtensions.ResolvePaymentAsync"/>: paid, not paid, or still unknown, and why.</summary>
public sealed class PaymentResolution
{
    internal PaymentResolution(string orderId, PaymentOutcome outcome, PaymentStatus? status, string? reference, string reason)
    {
        OrderId = orderId;
        Outcome = outcome;
        Status = status;
        Reference = reference;
        Reason = reason;
    }

    /// <summary>The order asked about.</summary>
    public string OrderId { get; }

    /// <summary>Paid, not paid, or still unknown.</summary>
    public PaymentOutcome Outcome { get; }

    /// <summary>Finpay's payment status, when check status answered with one.</summary>
    public PaymentStatus? Status { get; }

    /// <summary>Finpay's payment reference, when check status answered with one.</summary>
    public string? Reference { get; }

    /// <summary>Why this outcome, in words fit for a log line or an admin page (no secrets).</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"{OrderId}: {Outcome} ({Reason})";
}
