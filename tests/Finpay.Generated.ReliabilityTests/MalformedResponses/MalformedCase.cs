using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Finpay.Generated.ReliabilityTests.MalformedResponses;

/// <summary>What the SDK must make of one hostile or broken answer.</summary>
internal enum Outcome
{
    /// <summary>A <c>FinpayApiException</c> carrying the HTTP status.</summary>
    ApiError,

    /// <summary>A tolerant, successful parse: the design reads this answer.</summary>
    Success,

    /// <summary>A <c>FinpayTimeoutException</c>.</summary>
    Timeout,

    /// <summary>A <c>FinpayConnectionException</c>.</summary>
    ConnectionFailure,
}

/// <summary>The operation a case is served to: a payment POST (never retried once sent) or a status GET (retried).</summary>
internal enum Call
{
    Pay,
    CheckStatus,
    Initiate,
}

/// <summary>
/// One entry of the corpus: how the loopback server answers, which call meets it, and what the caller must see.
/// <paramref name="Status"/> is the HTTP status the exception must carry (ApiError only); <paramref name="Hits"/> how many
/// requests the server must have received (1 for a POST: a payment is never sent twice); <paramref name="Check"/> any
/// case-specific assertion on the result or the exception.
/// </summary>
internal sealed record MalformedCase(
    string Name,
    Call Call,
    Func<HttpContext, Task> Answer,
    Outcome Outcome,
    int Status = 200,
    int Hits = 1,
    Action<object>? Check = null,
    TimeSpan? AttemptTimeout = null)
{
    public override string ToString() => Name;
}
