namespace Finpay.Sandbox.Faults;

/// <summary>What goes wrong with a request when a fault rule matches it.</summary>
public enum FaultKind
{
    /// <summary>
    /// The answer is held back by <see cref="FaultRule.Delay"/>, then the request is served normally; with
    /// <see cref="FaultRule.AfterProcessing"/> the operation takes effect first and only its answer waits, so a client whose
    /// time-out is shorter never learns that it happened.
    /// </summary>
    Delay,

    /// <summary>A 5xx answer (<see cref="FaultRule.StatusCode"/>) with Finpay's error envelope.</summary>
    ServerError,

    /// <summary>A 200 whose body is cut in half: not JSON. The operation itself takes effect.</summary>
    MalformedBody,

    /// <summary>The connection is reset without an answer.</summary>
    DropConnection,

    /// <summary>
    /// A 502 Bad Gateway HTML page, as a reverse proxy in front of Finpay answers when the upstream fails; with
    /// <see cref="FaultRule.AfterProcessing"/> the operation took effect behind the proxy.
    /// </summary>
    ProxyError,
}
