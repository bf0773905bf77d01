using System;
using Microsoft.Extensions.Logging;

namespace Finpay.Generated.AspNetCore.Endpoint;

/// <summary>
/// Every line the endpoint writes, one per outcome, under <see cref="Category"/>. They name the merchant, the event and the
/// reason; never the merchant key, the signature or the card token.
/// </summary>
internal static partial class CallbackLog
{
    public const string Category = "Finpay.Generated.Callbacks";

    [LoggerMessage(100, LogLevel.Information, "Finpay callback for merchant {Merchant} handled: {Event}")]
    public static partial void Handled(ILogger logger, string merchant, PaymentEvent @event);

    [LoggerMessage(101, LogLevel.Information, "Finpay callback for merchant {Merchant} was handled before, answered 200 without running the handler: {Event}")]
    public static partial void AlreadyHandled(ILogger logger, string merchant, PaymentEvent @event);

    [LoggerMessage(102, LogLevel.Warning, "Finpay callback for merchant {Merchant} refused with {StatusCode} ({Failure}): {Reason}")]
    public static partial void Refused(ILogger logger, string merchant, int statusCode, string failure, string reason);

    [LoggerMessage(103, LogLevel.Information, "Finpay callback for merchant {Merchant} answered 409: another request is handling the same event and may still fail, Finpay will retry: {Event}")]
    public static partial void HeldByAnother(ILogger logger, string merchant, PaymentEvent @event);

    [LoggerMessage(104, LogLevel.Error, "Finpay callback for merchant {Merchant} answered 503: the claim store failed ({Error}), the handler did not run and Finpay will retry: {Event}")]
    public static partial void ClaimStoreFailed(ILogger logger, string merchant, string error, PaymentEvent @event);

    [LoggerMessage(105, LogLevel.Error, "Finpay callback for merchant {Merchant} answered 500: the handler threw {ExceptionType}, the claim was released and Finpay will retry: {Event}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string merchant, string exceptionType, PaymentEvent @event);

    [LoggerMessage(106, LogLevel.Warning, "Finpay callback for merchant {Merchant} answered {StatusCode}: not confirmed by Finpay's status check ({Reason}); the handler did not run: {Event}")]
    public static partial void NotConfirmed(ILogger logger, string merchant, int statusCode, string reason, PaymentEvent @event);

    [LoggerMessage(107, LogLevel.Error, "Finpay callbacks for merchant {Merchant} cannot be handled: {Problem}")]
    public static partial void Misconfigured(ILogger logger, string merchant, string problem);

    [LoggerMessage(108, LogLevel.Warning, "Finpay callback for merchant {Merchant} was handled but {Problem}: {Event}")]
    public static partial void CompletionTrouble(ILogger logger, string merchant, string problem, PaymentEvent @event);

    [LoggerMessage(109, LogLevel.Warning, "Finpay callback for merchant {Merchant}: releasing the claim failed ({Error}); it lapses after the claim timeout: {Event}")]
    public static partial void ReleaseFailed(ILogger logger, string merchant, string error, PaymentEvent @event);
}
