using System;

namespace Finpay.Generated.Errors;

/// <summary>
/// The connection to Finpay failed (refused, reset, closed mid-answer). For a payment the outcome may be unknown: confirm it
/// with <c>CheckStatusAsync</c> before paying again.
/// </summary>
public sealed class FinpayConnectionException : FinpayException
{
    /// <summary>Creates the exception.</summary>
    public FinpayConnectionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
