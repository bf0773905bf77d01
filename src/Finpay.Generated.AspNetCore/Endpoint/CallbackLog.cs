using System;
using Finpay.Generated.Callbacks;
using Microsoft.Extensions.Logging;

namespace Finpay.Generated.AspNetCore.Endpoint;

/// <summary>
/// Every line the endpoint writes, one per outcome, under <see cref="Category"/>. They name the merchant, the event and the
/// reason; never the merchant key, the signature or the card token.
/// </summary>
/// <remarks>
/// Defined with <see cref="LoggerMessage.Define{T1,T2}(LogLevel, EventId, string)"/> rather than the source generator: on
/// net8.0 both the shared framework and the Logging.Abstractions package bring that generator, and the two collide.
/// </remarks>
internal static class CallbackLog
{
    public const string Category = "Finpay.Generated.Callbacks";

    // The encoding tells the merchant which canonical json_encode form Finpay's signer really used (see CallbackEncoding).
    private static readonly Action<ILogger, string, CallbackEncoding?, PaymentEvent, Exception?> HandledLine = LoggerMessage.Define<string, CallbackEncoding?, PaymentEvent>(
        LogLevel.Information, new EventId(100, "FinpayCallbackHandled"), "Finpay callback for merchant {Merchant} handled (signed over {Encoding}): {Event}");

    private static readonly Action<ILogger, string, PaymentEvent, Exception?> AlreadyHandledLine = LoggerMessage.Define<string, PaymentEvent>(
        LogLevel.Information, new EventId(101, "FinpayCallbackAlreadyHandled"),
        "Finpay callback for merchant {Merchant} was handled before, answered 200 without running the handler: {Event}");

    private static readonly Action<ILogger, string, int, string, string, Exception?> RefusedLine = LoggerMessage.Define<string, int, string, string>(
        LogLevel.Warning, new EventId(102, "FinpayCallbackRefused"), "Finpay callback for merchant {Merchant} refused with {StatusCode} ({Failure}): {Reason}");

    private static readonly Action<ILogger, string, PaymentEvent, Exception?> HeldByAnotherLine = LoggerMessage.Define<string, PaymentEvent>(
        LogLevel.Information, new EventId(103, "FinpayCallbackHeldByAnother"),
        "Finpay callback for merchant {Merchant} answered 409: another request is handling the same event and may still fail, Finpay will retry: {Event}");

    private static readonly Action<ILogger, string, string, PaymentEvent, Exception?> ClaimStoreFailedLine = LoggerMessage.Define<string, string, PaymentEvent>(
        LogLevel.Error, new EventId(104, "FinpayCallbackClaimStoreFailed"),
        "Finpay callback for merchant {Merchant} answered 503: the claim store failed ({Error}), the handler did not run and Finpay will retry: {Event}");

    private static readonly Action<ILogger, string, string, PaymentEvent, Exception?> HandlerFailedLine = LoggerMessage.Define<string, string, PaymentEvent>(
        LogLevel.Error, new EventId(105, "FinpayCallbackHandlerFailed"),
        "Finpay callback for merchant {Merchant} answered 500: the handler threw {ExceptionType}, the claim was released and Finpay will retry: {Event}");

    private static readonly Action<ILogger, string, int, string, PaymentEvent, Exception?> NotConfirmedLine = LoggerMessage.Define<string, int, string, PaymentEvent>(
        LogLevel.Warning, new EventId(106, "FinpayCallbackNotConfirmed"),
        "Finpay callback for merchant {Merchant} answered {StatusCode}: not confirmed by Finpay's status check ({Reason}); the handler did not run: {Event}");

    private static readonly Action<ILogger, string, string, Exception?> MisconfiguredLine = LoggerMessage.Define<string, string>(
        LogLevel.Error, new EventId(107, "FinpayCallbackMisconfigured"), "Finpay callbacks for merchant {Merchant} cannot be handled: {Problem}");

    private static readonly Action<ILogger, string, string, PaymentEvent, Exception?> CompletionTroubleLine = LoggerMessage.Define<string, string, PaymentEvent>(
        LogLevel.Warning, new EventId(108, "FinpayCallbackCompletionTrouble"), "Finpay callback for merchant {Merchant} was handled but {Problem}: {Event}");

    private static readonly Action<ILogger, string, string, PaymentEvent, Exception?> ReleaseFailedLine = LoggerMessage.Define<string, string, PaymentEvent>(
        LogLevel.Warning, new EventId(109, "FinpayCallbackReleaseFailed"),
        "Finpay callback for merchant {Merchant}: releasing the claim failed ({Error}); it lapses after the claim timeout: {Event}");

    private static readonly Action<ILogger, string, string, PaymentEvent, Exception?> MovedOnLine = LoggerMessage.Define<string, string, PaymentEvent>(
        LogLevel.Information, new EventId(110, "FinpayCallbackMovedOn"),
        "Finpay callback for merchant {Merchant} is overtaken: Finpay's status check now says {Now}; the handler is told that, not the callback's status: {Event}");

    private static readonly Action<ILogger, string, PaymentEvent, Exception?> RenewedLine = LoggerMessage.Define<string, PaymentEvent>(
        LogLevel.Debug, new EventId(111, "FinpayCallbackClaimRenewed"), "Finpay callback for merchant {Merchant}: claim renewed while the handler runs: {Event}");

    private static readonly Action<ILogger, string, string, PaymentEvent, Exception?> RenewalTroubleLine = LoggerMessage.Define<string, string, PaymentEvent>(
        LogLevel.Warning, new EventId(112, "FinpayCallbackRenewalTrouble"),
        "Finpay callback for merchant {Merchant}: the claim could not be renewed ({Problem}); a copy arriving after the claim lapses may run the handler too: {Event}");

    public static void MovedOn(ILogger logger, string merchant, string now, PaymentEvent @event) => MovedOnLine(logger, merchant, now, @event, null);

    public static void Renewed(ILogger logger, string merchant, PaymentEvent @event) => RenewedLine(logger, merchant, @event, null);

    public static void RenewalTrouble(ILogger logger, string merchant, string problem, PaymentEvent @event) => RenewalTroubleLine(logger, merchant, problem, @event, null);

    public static void Handled(ILogger logger, string merchant, CallbackEncoding? encoding, PaymentEvent @event) => HandledLine(logger, merchant, encoding, @event, null);

    public static void AlreadyHandled(ILogger logger, string merchant, PaymentEvent @event) => AlreadyHandledLine(logger, merchant, @event, null);

    public static void Refused(ILogger logger, string merchant, int statusCode, string failure, string reason) => RefusedLine(logger, merchant, statusCode, failure, reason, null);

    public static void HeldByAnother(ILogger logger, string merchant, PaymentEvent @event) => HeldByAnotherLine(logger, merchant, @event, null);

    public static void ClaimStoreFailed(ILogger logger, string merchant, string error, PaymentEvent @event) => ClaimStoreFailedLine(logger, merchant, error, @event, null);

    public static void HandlerFailed(ILogger logger, Exception exception, string merchant, string exceptionType, PaymentEvent @event) =>
        HandlerFailedLine(logger, merchant, exceptionType, @event, exception);

    public static void NotConfirmed(ILogger logger, string merchant, int statusCode, string reason, PaymentEvent @event) =>
        NotConfirmedLine(logger, merchant, statusCode, reason, @event, null);

    public static void Misconfigured(ILogger logger, string merchant, string problem) => MisconfiguredLine(logger, merchant, problem, null);

    public static void CompletionTrouble(ILogger logger, string merchant, string problem, PaymentEvent @event) => CompletionTroubleLine(logger, merchant, problem, @event, null);

    public static void ReleaseFailed(ILogger logger, string merchant, string error, PaymentEvent @event) => ReleaseFailedLine(logger, merchant, error, @event, null);
}
