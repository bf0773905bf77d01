using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Finpay.Spec;

namespace Finpay.Testing.Fixtures;

/// <summary>
/// The card API's method and path of each operation, read from the spec by its operationId (<c>initiate</c>, <c>pay</c>,
/// <c>checkStatus</c>, <c>cancel</c>, <c>void</c>, <c>refund</c>, <c>deleteCard</c>), so that fake servers and raw requests
/// follow the spec rather than a copy of its paths.
/// </summary>
public static class ApiPaths
{
    private static readonly Dictionary<string, SpecOperation> Operations = FinpaySpec.Operations(FinpaySpec.Embedded)
        .Where(o => o.OperationId is not null)
        .ToDictionary(o => o.OperationId!, StringComparer.Ordinal);

    /// <summary>
    /// The relative URL (no leading slash) of <paramref name="operationId"/>, with <paramref name="pathValue"/> escaped into its
    /// path parameter as the SDK escapes it: <c>For("checkStatus", "ORDER-1")</c> is <c>pg/payment/card/check/ORDER-1</c>.
    /// </summary>
    public static string For(string operationId, string? pathValue = null) => Fill(operationId, pathValue, Uri.EscapeDataString);

    /// <summary>The request target a server sees for the call: <see cref="For"/> with a leading slash.</summary>
    public static string Target(string operationId, string? pathValue = null) => "/" + For(operationId, pathValue);

    /// <summary>The path as the SDK's logs and spans show a call whose path parameter is a secret: <c>/pg/payment/card/customer/delete/***</c>.</summary>
    public static string Redacted(string operationId) => "/" + Fill(operationId, "***", value => value);

    public static HttpMethod Method(string operationId) => HttpMethod.Parse(Find(operationId).Method);

    /// <summary>Method and request target, as the SDK's logs name a call: <c>GET /pg/payment/card/check/ORDER-1</c>.</summary>
    public static string Line(string operationId, string? pathValue = null) => Method(operationId) + " " + Target(operationId, pathValue);

    /// <summary>A request for <paramref name="operationId"/> with its method and relative URL, carrying <paramref name="body"/>.</summary>
    public static HttpRequestMessage Request(string operationId, HttpContent body) =>
        new(Method(operationId), For(operationId)) { Content = body };

    /// <summary>A request without a body for <paramref name="operationId"/>, with <paramref name="pathValue"/> in its path.</summary>
    public static HttpRequestMessage Request(string operationId, string? pathValue = null) =>
        new(Method(operationId), For(operationId, pathValue));

    private static SpecOperation Find(string operationId) =>
        Operations.TryGetValue(operationId, out var operation)
            ? operation
            : throw new ArgumentException($"The spec has no operation '{operationId}'; it has {string.Join(", ", Operations.Keys)}.", nameof(operationId));

    // Finpay's operations have at most one path parameter; a value given where there is none, or missing where there is one, is a mistake in the test.
    private static string Fill(string operationId, string? pathValue, Func<string, string> escape)
    {
        var path = Find(operationId).Path.TrimStart('/');
        var open = path.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return pathValue is null
                ? path
                : throw new ArgumentException($"The operation '{operationId}' has no path parameter for '{pathValue}'.", nameof(pathValue));
        }

        if (pathValue is null) throw new ArgumentException($"The operation '{operationId}' needs a value for its path parameter: {path}.", nameof(pathValue));
        var close = path.IndexOf('}', open);
        return path[..open] + escape(pathValue) + path[(close + 1)..];
    }
}
