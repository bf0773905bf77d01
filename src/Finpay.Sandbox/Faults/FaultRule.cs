using System;

namespace Finpay.Sandbox.Faults;

/// <summary>
/// A fault to inject into the next requests of one operation. <see cref="Operation"/> is the spec's operationId
/// (initiate, pay, checkStatus, cancel, void, refund, deleteCard), "hostedPage", or "*" for all of them.
/// </summary>
public sealed class FaultRule
{
    /// <summary>The operation the rule applies to.</summary>
    public string Operation { get; set; } = "*";

    /// <summary>What goes wrong.</summary>
    public FaultKind Kind { get; set; }

    /// <summary>For <see cref="FaultKind.Delay"/>: how long.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>For <see cref="FaultKind.ServerError"/>: the status code (500-599).</summary>
    public int StatusCode { get; set; } = 503;

    /// <summary>How many requests the rule hits before it is used up; null for every request until cleared.</summary>
    public int? Times { get; set; } = 1;

    /// <summary>
    /// For <see cref="FaultKind.ServerError"/>, <see cref="FaultKind.DropConnection"/>, <see cref="FaultKind.ProxyError"/> and
    /// <see cref="FaultKind.Delay"/>: let the operation take effect first, as when a payment was made but its answer was lost.
    /// (A malformed body always comes after the effect.)
    /// </summary>
    public bool AfterProcessing { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} on {Operation} ({(Times is null ? "always" : Times + " time(s)")})";
}
