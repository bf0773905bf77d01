using Microsoft.OpenApi;

namespace Finpay.Spec;

/// <summary>One operation of the spec: its HTTP method, its path template as the spec writes it, and its model.</summary>
public sealed record SpecOperation(string Method, string Path, OpenApiOperation Operation)
{
    /// <summary>Method and path ("POST /…/initiate"): how messages and comparisons name it.</summary>
    public string Key => Method + " " + Path;

    public string? OperationId => Operation.OperationId;
}
