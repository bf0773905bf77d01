namespace Finpay.Sandbox.Faults;

/// <summary>What goes wrong with a request when a fault rule matches it.</summary>
public enum FaultKind
{
    /// <summary>The answer is held back by <see cref="FaultRule.Delay"/>, then the request is served normally.</summary>
    Delay,

    /// <summary>A 5xx answer (<see cref="FaultRule.StatusCode"/>) with Finpay's error envelope.</summary>
    ServerError,

    /// <summary>A 200 whose body is cut in half: not JSON. The operation itself takes effect.</summary>
    MalformedBody,

    /// <summary>The connection is reset without an answer.</summary>
    DropConnection,
}
