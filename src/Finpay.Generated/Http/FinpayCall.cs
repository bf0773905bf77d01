using System.Net.Http;
using Finpay.Generated.Operations;

namespace Finpay.Generated.Http;

/// <summary>
/// What one call through <see cref="IFinpayCardClient"/> knows, carried on its <see cref="HttpRequestMessage"/> so the
/// resilience pipeline can tell whether the request changes state and how much time is left: the operation, the order id
/// (from the request object, so nothing re-reads the body), the path parameter and the client's name.
/// </summary>
internal sealed class FinpayCall
{
    private const string Key = "Finpay.Call";
#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<FinpayCall> OptionsKey = new(Key);
#endif

    public FinpayCall(FinpayOperation operation, string? orderId, string? pathValue, string clientName, long startTimestamp)
    {
        Operation = operation;
        OrderId = orderId;
        PathValue = pathValue;
        ClientName = clientName;
        StartTimestamp = startTimestamp;
    }

    public FinpayOperation Operation { get; }

    public string? OrderId { get; }

    /// <summary>The value of the operation's path parameter, if it has one (a card token is a secret: see the table).</summary>
    public string? PathValue { get; }

    /// <summary>The name the client was registered under; empty for the default client.</summary>
    public string ClientName { get; }

    /// <summary>When the call started (<see cref="System.TimeProvider.GetTimestamp"/> of the registered clock), for the time left to retry.</summary>
    public long StartTimestamp { get; }

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
