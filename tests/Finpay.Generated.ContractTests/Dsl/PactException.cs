using System;
using Xunit.Sdk;

namespace Finpay.Generated.ContractTests.Dsl;

/// <summary>A contract failure: a native error, a request the mock server did not expect, or a provider that broke the pact.</summary>
public sealed class PactException : XunitException
{
    /// <summary>Creates the exception.</summary>
    public PactException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
