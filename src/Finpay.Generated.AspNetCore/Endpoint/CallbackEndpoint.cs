using System;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.AspNetCore.Confirmation;
using Finpay.Generated.Callbacks;
using Finpay.Generated.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Finpay.Generated.AspNetCore.Endpoint;

/// <summary>
/// One callback, start to answer: read a bounded body, verify it with the merchant's key, claim the payment event (renewed
/// while the work runs), ask Finpay where the order stands, run the handler with that, mark it handled, answer. Only a handled (or earlier handled) event gets a 2xx; every
/// other outcome is a non-2xx so Finpay sends it again, and the handler never runs without a claim.
/// </summary>
internal sealed class CallbackEndpoint
{
    private const int RetryAfterSeconds = 5;

    private readonly IOptionsMonitor<FinpayCallbackOptions> _options;
    private readonly IOptionsMonitor<FinpayOptions> _merchants;
    private readonly ICallbackClaimStore _claims;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public CallbackEndpoint(IOptionsMonitor<FinpayCallbackOptions> options, IOptionsMonitor<FinpayOptions> merchants, ICallbackClaimStore claims, TimeProvider time, ILoggerFactory loggers)
    {
        _options = options;
        _merchants = merchants;
        _claims = claims;
        _time = time;
        _logger = loggers.CreateLogger(CallbackLog.Category);
    }

    public async Task HandleAsync(HttpContext context, string? merchantName)
    {
        var merchant = merchantName ?? "(default)";
        var options = _options.CurrentValue;
        var aborted = context.RequestAborted;

        FinpayOptions finpay;
        try
        {
            finpay = _merchants.Get(merchantName ?? Options.DefaultName);
        }
        catch (OptionsValidationException invalid)
        {
            // The validator's messages name the setting and never show the key.
            CallbackLog.Misconfigured(_logger, merchant, "the merchant's FinpayOptions are invalid: " + invalid.Message);
            await CallbackAnswer.ErrorAsync(context, StatusCodes.Status500InternalServerError, "The merchant is not configured").ConfigureAwait(false);
            return;
        }

        var merchantKey = finpay.MerchantKey;
        if (string.IsNullOrEmpty(merchantKey))
        {
            var problem = merchantName is null
                ? "no merchant key is configured (call AddFinpay with MerchantKey)"
                : $"no merchant key is configured for the merchant name '{merchantName}' (call AddFinpay(\"{merchantName}\", ...) with MerchantKey)";
            CallbackLog.Misconfigured(_logger, merchant, problem);
            await CallbackAnswer.ErrorAsync(context, StatusCodes.Status500InternalServerError, "The merchant is not configured").ConfigureAwait(false);
            return;
        }

        if (context.Request.ContentLength > options.MaxBodyBytes)
        {
            await RefuseAsync(context, merchant, StatusCodes.Status413PayloadTooLarge, CallbackFailure.BodyTooLarge,
                $"the body is {context.Request.ContentLength} bytes, more than the {options.MaxBodyBytes}-byte limit").ConfigureAwait(false);
            return;
        }

        var verification = await new FinpayCallbackVerifier(merchantKey!, options.MaxBodyBytes).VerifyAsync(context.Request.Body, aborted).ConfigureAwait(false);
        if (!verification.IsValid)
        {
            await RefuseAsync(context, merchant, StatusFor(verification.Failure), verification.Failure, verification.Reason).ConfigureAwait(false);
            return;
        }

        var callback = verification.Callback!;
        var merchantId = finpay.MerchantId ?? merchant;
        var paymentEvent = PaymentEvent.Of(merchantId, callback);
        if (paymentEvent is null)
        {
            await RefuseAsync(context, merchant, StatusCodes.Status422UnprocessableEntity, CallbackFailure.UnreadablePayload,
                "the signature matches but the callback names no order.id, so it cannot be told apart from other events").ConfigureAwait(false);
            return;
        }

        if (string.IsNullOrEmpty(callback.Result?.Payment?.Status))
        {
            await RefuseAsync(context, merchant, StatusCodes.Status422UnprocessableEntity, CallbackFailure.UnreadablePayload,
                "the signature matches but the callback names no result.payment.status, so there is nothing to act on").ConfigureAwait(false);
            return;
        }

        CallbackClaim claim;
        try
        {
            claim = await _claims.TryClaimAsync(paymentEvent.Key, options.ClaimTimeout, aborted).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever the store throws, the answer is the same: 503, and no handler without a claim.
        catch (Exception failure) when (!aborted.IsCancellationRequested)
#pragma warning restore CA1031
        {
            CallbackLog.ClaimStoreFailed(_logger, merchant, failure.GetType().Name + ": " + failure.Message, paymentEvent);
            await CallbackAnswer.ErrorAsync(context, StatusCodes.Status503ServiceUnavailable, "Try again later", retryAfterSeconds: RetryAfterSeconds).ConfigureAwait(false);
            return;
        }

        switch (claim.Status)
        {
            case CallbackClaimStatus.AlreadyHandled:
                CallbackLog.AlreadyHandled(_logger, merchant, paymentEvent);
                await CallbackAnswer.SuccessAsync(context).ConfigureAwait(false);
                return;
            case CallbackClaimStatus.HeldByAnother:
                // The holder may still fail and release the event: a 2xx now would make Finpay stop and lose it.
                CallbackLog.HeldByAnother(_logger, merchant, paymentEvent);
                await CallbackAnswer.ErrorAsync(context, StatusCodes.Status409Conflict, "The same event is being handled; try again later", retryAfterSeconds: RetryAfterSeconds).ConfigureAwait(false);
                return;
        }

        await HandleClaimedAsync(context, merchantName, merchant, options, callback, verification.MatchedEncoding, paymentEvent, claim).ConfigureAwait(false);
    }

    private async Task HandleClaimedAsync(HttpContext context, string? merchantName, string merchant, FinpayCallbackOptions options,
        Callback callback, CallbackEncoding? encoding, PaymentEvent paymentEvent, CallbackClaim claim)
    {
        var aborted = context.RequestAborted;
        FinpayPaymentEvent handed;
        using var renewal = ClaimRenewal.Start(_claims, claim, options.ClaimTimeout, _time,
            () => CallbackLog.Renewed(_logger, merchant, paymentEvent),
            problem => CallbackLog.RenewalTrouble(_logger, merchant, problem, paymentEvent));
        try
        {
            if (options.ConfirmWithCheckStatus)
            {
                var client = merchantName is null
                    ? context.RequestServices.GetService<IFinpayCardClient>()
                    : context.RequestServices.GetKeyedService<IFinpayCardClient>(merchantName);
                if (client is null)
                {
                    await renewal.StopAsync().ConfigureAwait(false);
                    await ReleaseAsync(merchant, paymentEvent, claim).ConfigureAwait(false);
                    CallbackLog.Misconfigured(_logger, merchant, merchantName is null
                        ? "ConfirmWithCheckStatus is on but no IFinpayCardClient is registered (call AddFinpay)"
                        : $"ConfirmWithCheckStatus is on but no IFinpayCardClient is registered for '{merchantName}' (call AddFinpay(\"{merchantName}\", ...))");
                    await CallbackAnswer.ErrorAsync(context, StatusCodes.Status500InternalServerError, "The merchant is not configured").ConfigureAwait(false);
                    return;
                }

                var confirmation = await StatusConfirmation.ConfirmAsync(client, callback, aborted).ConfigureAwait(false);
                if (confirmation.Verdict != ConfirmationVerdict.Confirmed)
                {
                    await renewal.StopAsync().ConfigureAwait(false);
                    await ReleaseAsync(merchant, paymentEvent, claim).ConfigureAwait(false);
                    var unknown = confirmation.Verdict == ConfirmationVerdict.Refuted;
                    var status = unknown ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status503ServiceUnavailable;
                    CallbackLog.NotConfirmed(_logger, merchant, status, confirmation.Reason, paymentEvent);
                    if (unknown) await CallbackAnswer.ErrorAsync(context, status, "Not confirmed by check status").ConfigureAwait(false);
                    else await CallbackAnswer.ErrorAsync(context, status, "Try again later", retryAfterSeconds: RetryAfterSeconds).ConfigureAwait(false);
                    return;
                }

                handed = new FinpayPaymentEvent(callback, merchantName ?? string.Empty, confirmation.Status!.Value, confirmation.PaymentReference, isConfirmed: true);
                if (handed.FinpayHasMovedOn) CallbackLog.MovedOn(_logger, merchant, $"{handed.Status} reference {handed.PaymentReference ?? "(none)"}", paymentEvent);
            }
            else
            {
                handed = new FinpayPaymentEvent(callback, merchantName ?? string.Empty, callback.Result!.Payment!.Status!.Value, callback.Result.Payment.Reference, isConfirmed: false);
            }

            await context.RequestServices.GetRequiredService<IFinpayCallbackHandler>().HandleAsync(handed, aborted).ConfigureAwait(false);
            await renewal.StopAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The merchant's handler may throw anything; every failure is a 500 so Finpay retries.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            await renewal.StopAsync().ConfigureAwait(false);
            await ReleaseAsync(merchant, paymentEvent, claim).ConfigureAwait(false);
            CallbackLog.HandlerFailed(_logger, failure, merchant, failure.GetType().Name, paymentEvent);
            if (!aborted.IsCancellationRequested)
                await CallbackAnswer.ErrorAsync(context, StatusCodes.Status500InternalServerError, "The callback could not be handled").ConfigureAwait(false);
            return;
        }

        await CompleteAsync(merchant, options, paymentEvent, claim).ConfigureAwait(false);
        CallbackLog.Handled(_logger, merchant, encoding, paymentEvent);
        await CallbackAnswer.SuccessAsync(context).ConfigureAwait(false);
    }

    private async Task CompleteAsync(string merchant, FinpayCallbackOptions options, PaymentEvent paymentEvent, CallbackClaim claim)
    {
        // The handler succeeded: from here the answer is 200 whatever happens, because a non-2xx would have Finpay send
        // the event again and, once the claim lapses, run the handler a second time.
        try
        {
            if (!await _claims.CompleteAsync(claim, options.HandledRetention, CancellationToken.None).ConfigureAwait(false))
                CallbackLog.CompletionTrouble(_logger, merchant, $"the handler took longer than ClaimTimeout ({options.ClaimTimeout}), so another request may have run it too", paymentEvent);
        }
#pragma warning disable CA1031 // Reported, not thrown: see above.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            CallbackLog.CompletionTrouble(_logger, merchant,
                $"marking it handled failed ({failure.GetType().Name}: {failure.Message}); a copy arriving after the claim lapses would run the handler again", paymentEvent);
        }
    }

    private async Task ReleaseAsync(string merchant, PaymentEvent paymentEvent, CallbackClaim claim)
    {
        try
        {
            await _claims.ReleaseAsync(claim, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A claim that cannot be released lapses on its own; the answer stays a non-2xx.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            CallbackLog.ReleaseFailed(_logger, merchant, failure.GetType().Name + ": " + failure.Message, paymentEvent);
        }
    }

    private async Task RefuseAsync(HttpContext context, string merchant, int statusCode, CallbackFailure failure, string reason)
    {
        CallbackLog.Refused(_logger, merchant, statusCode, failure.ToString(), reason);
        await CallbackAnswer.ErrorAsync(context, statusCode, statusCode == StatusCodes.Status401Unauthorized ? "Invalid signature" : "Invalid callback").ConfigureAwait(false);
    }

    private static int StatusFor(CallbackFailure failure) => failure switch
    {
        CallbackFailure.BodyTooLarge => StatusCodes.Status413PayloadTooLarge,
        CallbackFailure.MissingSignature or CallbackFailure.MalformedSignature or CallbackFailure.SignatureMismatch => StatusCodes.Status401Unauthorized,
        _ => StatusCodes.Status400BadRequest,
    };
}
