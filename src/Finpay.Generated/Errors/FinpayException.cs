using System;

namespace Finpay.Generated.Errors;

/// <summary>
/// The base of every error the SDK raises: a request that failed validation before sending, an error answer from Finpay, an
/// unreadable response or a time-out. Catch this one type to handle them all. Messages never contain secrets.
/// </summary>
public abstract class FinpayException : Exception
{
    /// <summary>Creates the exception with a message that names what failed.</summary>
    protected FinpayException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
