using System;

namespace Finpay.Sandbox.Api;

/// <summary>Ends a request with a Finpay error answer; caught by the endpoint wrapper, never seen by anyone else.</summary>
internal sealed class FinpayProblem : Exception
{
    public FinpayProblem(FinpayError error)
        : base(error.Message) => Error = error;

    public FinpayError Error { get; }
}
