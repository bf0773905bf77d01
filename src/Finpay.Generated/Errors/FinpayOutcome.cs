using System;
using System.Net.Http;
#if !NET8_0_OR_GREATER
using System.Net.Sockets;
#endif
using Finpay.Generated.Http;
using Finpay.Generated.Values;

namespace Finpay.Generated.Errors;

/// <summary>
/// The one place a call's money outcome is decided: succeeded, refused (Finpay said no, or nothing can have changed), or
/// unknown (a state-changing request may have taken effect and the SDK cannot tell). The retry rule asks it whether a
/// request provably never left; the client asks it what a failure means and tags the log, span and metric.
/// </summary>
internal static class FinpayOutcome
{
    public const string Succeeded = "succeeded";
    public const string Refused = "refused";
    public const string Unknown = "unknown";

    /// <summary>Marks <paramref name="failure"/> when the outcome of <paramref name="call"/> is unknown; returns the outcome tag.</summary>
    public static string Classify(FinpayCall call, Exception failure, bool cancelledByCaller)
    {
        if (!call.Operation.ChangesState) return Refused;
        // The caller's own cancellation stays an OperationCanceledException; its outcome is as unknown as a time-out's.
        if (cancelledByCaller) return Unknown;
        if (failure is not FinpayException finpay || !MayHaveTakenEffect(finpay)) return Refused;
        finpay.MarkOutcomeUnknown(Advice(call));
        return Unknown;
    }

    /// <summary>An allow-list: only a connection that was never made (or a name that never resolved) proves nothing left.</summary>
    public static bool NothingWasSent(Exception? exception)
    {
#if NET8_0_OR_GREATER
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError })
                return true;
        }

        return false;
#else
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound }) return true;
        }

        return false;
#endif
    }

    private static bool MayHaveTakenEffect(FinpayException failure) => failure switch
    {
        Validation.FinpayValidationException => false,
        // Finpay's explicit refusals: any 4xx, and a 2xx whose responseCode says no.
        FinpayApiException { StatusCode: >= 400 and < 500 } => false,
        FinpayApiException { StatusCode: >= 200 and < 300, ResponseCode: { } code } when code != ResponseCode.Success => false,
        // 5xx, 3xx, a 2xx without a readable success: Finpay (or a proxy in front of it) may have processed the request.
        FinpayApiException => true,
        FinpayConnectionException connection => !NothingWasSent(connection.InnerException),
        FinpayTimeoutException => true,
        _ => true,
    };

    private static string Advice(FinpayCall call)
    {
        var effect = call.Operation.Id switch
        {
            "initiate" => "created the order",
            "pay" => "charged the card",
            "refund" => "refunded the order",
            "cancel" => "cancelled the order",
            "void" => "voided the order",
            "deleteCard" => "deleted the stored card",
            _ => "acted on the request",
        };
        return call.OrderId is { Length: > 0 } orderId
            ? $"The outcome is unknown: Finpay may have {effect} '{orderId}'. Check its status with the same order id " +
              $"(ResolvePaymentAsync or CheckStatusAsync(\"{orderId}\")) before anything else; never send it again under a new order id."
            : $"The outcome is unknown: Finpay may have {effect}. Check before sending it again.";
    }
}
