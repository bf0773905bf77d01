using System;

namespace Finpay.Generated.Errors;

/// <summary>
/// Finpay did not answer in time (<c>FinpayOptions.Timeout</c> per attempt or <c>FinpayOptions.TotalTimeout</c> in all). For a
/// payment the outcome is unknown: confirm it with <c>CheckStatusAsync</c> before paying again. Cancellation by the caller's
/// own token raises <see cref="OperationCanceledException"/> instead.
/// </summary>
public sealed class FinpayTimeoutException : FinpayException
{
    /// <summary>Creates the exception.</summary>
    public FinpayTimeoutException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
