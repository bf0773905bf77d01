using System;
using System.Collections.Generic;
using System.Net.Http;

namespace Finpay.Generated.Operations;

/// <summary>One card API operation, as the spec states it.</summary>
internal sealed class FinpayOperation
{
    public FinpayOperation(string id, string method, string pathTemplate, FinpayPathParameter[] pathParameters, Type? requestBodyType, bool mayCharge)
    {
        Id = id;
        Method = new HttpMethod(method);
        PathTemplate = pathTemplate;
        PathParameters = pathParameters;
        RequestBodyType = requestBodyType;
        MayCharge = mayCharge;
    }

    /// <summary>The spec's operationId: <c>initiate</c>, <c>pay</c>, <c>checkStatus</c>, ….</summary>
    public string Id { get; }

    public HttpMethod Method { get; }

    /// <summary>The path relative to the base address (which ends with '/'), e.g. <c>pg/payment/card/check/{orderId}</c>.</summary>
    public string PathTemplate { get; }

    public IReadOnlyList<FinpayPathParameter> PathParameters { get; }

    /// <summary>The request body's type, or null for an operation without a body.</summary>
    public Type? RequestBodyType { get; }

    /// <summary>Whether sending the request again could charge twice (<c>x-finpay-charges: true</c> in the spec).</summary>
    public bool MayCharge { get; }

    public override string ToString() => Id;
}
