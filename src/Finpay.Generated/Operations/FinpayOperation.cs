using System;
using System.Collections.Generic;
using System.Net.Http;

namespace Finpay.Generated.Operations;

/// <summary>
/// One card API operation as the spec states it. The instances live in the generated <c>FinpayOperations</c> table,
/// the only place the SDK learns an operation's method, path and rules from.
/// </summary>
internal sealed class FinpayOperation
{
    public FinpayOperation(string id, string method, string pathTemplate, FinpayPathParameter[] pathParameters,
                           Type? requestBodyType, bool changesState)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Method = ToHttpMethod(method ?? throw new ArgumentNullException(nameof(method)));
        PathTemplate = pathTemplate ?? throw new ArgumentNullException(nameof(pathTemplate));
        PathParameters = pathParameters ?? throw new ArgumentNullException(nameof(pathParameters));
        RequestBodyType = requestBodyType;
        ChangesState = changesState;
    }

    /// <summary>The spec's operationId: <c>initiate</c>, <c>pay</c>, <c>checkStatus</c>, ...</summary>
    public string Id { get; }

    public HttpMethod Method { get; }

    /// <summary>The path relative to the base address, without a leading slash, as the spec writes it (with <c>{orderId}</c> and the like).</summary>
    public string PathTemplate { get; }

    public IReadOnlyList<FinpayPathParameter> PathParameters { get; }

    /// <summary>The generated DTO sent as the body, or null for an operation without one.</summary>
    public Type? RequestBodyType { get; }

    /// <summary>
    /// It changes state at Finpay (<c>x-finpay-changes-state: true</c> in the spec: initiate, pay, refund, cancel, void, delete
    /// card): once its bytes may have left it is never re-sent, and a failure after that leaves its outcome unknown.
    /// </summary>
    public bool ChangesState { get; }

    public override string ToString() => Id;

    // The shared instances, so that comparisons and HttpClient's own checks see the method they know.
    private static HttpMethod ToHttpMethod(string method) => method.ToUpperInvariant() switch
    {
        "GET" => HttpMethod.Get,
        "POST" => HttpMethod.Post,
        "PUT" => HttpMethod.Put,
        "DELETE" => HttpMethod.Delete,
        "HEAD" => HttpMethod.Head,
        "OPTIONS" => HttpMethod.Options,
        var other => new HttpMethod(other),
    };
}
