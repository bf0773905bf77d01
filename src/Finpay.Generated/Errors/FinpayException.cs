using System;

namespace Finpay.Generated.Errors;

/// <summary>
/// The base of every error the SDK raises: a request that failed validation before sending, an error answer from Finpay, an
/// unreadable response or a time-out. Catch this one type to handle them all. Messages never contain secrets.
/// </summary>
public abstract class FinpayException : Exception
{
    private string? _outcomeAdvice;

    /// <summary>Creates the exception with a message that names what failed.</summary>
    protected FinpayException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// True when the request changes state at Finpay (initiate, pay, refund, cancel, void, delete card), may have taken
    /// effect, and the SDK cannot tell: a time-out or a connection lost after sending, any 5xx, a 2xx whose body cannot be
    /// read. Then check the status with the same order id (<c>ResolvePaymentAsync</c> or <c>CheckStatusAsync</c>), and never
    /// send it again under a new order id. False for a request that was never sent, a validation error, Finpay's explicit
    /// refusal (a 4xx, or a 2xx with a non-success <c>responseCode</c>) and every failed read.
    /// </summary>
    public bool OutcomeUnknown { get; private set; }

    /// <summary>The message, with what to do next when the outcome is unknown.</summary>
    public override string Message => _outcomeAdvice is null ? base.Message : base.Message + " " + _outcomeAdvice;

    /// <summary>Marks the outcome unknown and says, in the message, what the caller does next.</summary>
    internal void MarkOutcomeUnknown(string advice)
    {
        OutcomeUnknown = true;
        _outcomeAdvice = advice;
    }
}
