using System;
using System.Net.Http;
using Finpay.Generated.Operations;

namespace Finpay.Generated.Http;

/// <summary>
/// What one call through <see cref="IFinpayCardClient"/> knows, carried on its <see cref="HttpRequestMessage"/>: the
/// operation, the order id (from the request object, so no handler re-reads the body), the type the answer is read into,
/// and, once the per-call handler has read it, the answer itself.
/// </summary>
internal sealed class FinpayCall
{
    private const string Key = "Finpay.Call";
#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<FinpayCall> OptionsKey = new(Key);
#endif

    public FinpayCall(FinpayOperation operation, string? orderId, string? pathValue, Type responseType, string clientName)
    {
        Operation = operation;
        OrderId = orderId;
        PathValue = pathValue;
        ResponseType = responseType;
        ClientName = clientName;
    }

    public FinpayOperation Operation { get; }

    public string? OrderId { get; }

    /// <summary>The value of the operation's path parameter, if it has one (a card token is a secret: see the table).</summary>
    public string? PathValue { get; }

    public Type ResponseType { get; }

    /// <summary>The name the client was registered under; empty for the default client.</summary>
    public string ClientName { get; }

    /// <summary>When the call started (<see cref="System.TimeProvider.GetTimestamp"/> of the registered clock), for the time left to retry.</summary>
    public long StartTimestamp { get; set; }

    /// <summary>The typed answer, set by the per-call handler once the answer proved a success.</summary>
    public object? Result { get; set; }

    public static FinpayCall? Of(HttpRequestMessage request)
    {
#if NET5_0_OR_GREATER
        return request.Options.TryGetValue(OptionsKey, out var call) ? call : null;
#else
        return request.Properties.TryGetValue(Key, out var call) ? call as FinpayCall : null;
#endif
    }

    public void AttachTo(HttpRequestMessage request)
    {
#if NET5_0_OR_GREATER
        request.Options.Set(OptionsKey, this);
#else
        request.Properties[Key] = this;
#endif
    }
}
