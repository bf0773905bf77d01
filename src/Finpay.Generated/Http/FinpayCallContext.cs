using System;
using System.Threading;

namespace Finpay.Generated.Http;

/// <summary>
/// What one call through <see cref="IFinpayCardClient"/> knows and its handlers share: the operation and order id (known from
/// the request object, so no handler has to re-read the body to log them), and the response code and buffered body the check
/// handler found (so an unreadable answer can be reported with its redacted body). Flows with the call's async context.
/// </summary>
internal sealed class FinpayCallContext
{
    private static readonly AsyncLocal<FinpayCallContext?> CurrentCall = new();

    private FinpayCallContext(string operation, string? orderId)
    {
        Operation = operation;
        OrderId = orderId;
    }

    public static FinpayCallContext? Current => CurrentCall.Value;

    public string Operation { get; }

    public string? OrderId { get; }

    public string? ResponseCode { get; set; }

    public ArraySegment<byte> ResponseBody { get; set; }

    /// <summary>Starts a call's context; dispose it when the call ends so that it does not leak into the caller's next call.</summary>
    public static Scope Begin(string operation, string? orderId)
    {
        var previous = CurrentCall.Value;
        CurrentCall.Value = new FinpayCallContext(operation, orderId);
        return new Scope(previous, restore: true);
    }

    /// <summary>Restores the context that was current before <see cref="Begin"/>; a default scope does nothing.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly FinpayCallContext? _previous;
        private readonly bool _restore;

        public Scope(FinpayCallContext? previous, bool restore)
        {
            _previous = previous;
            _restore = restore;
        }

        public void Dispose()
        {
            if (_restore) CurrentCall.Value = _previous;
        }
    }
}
