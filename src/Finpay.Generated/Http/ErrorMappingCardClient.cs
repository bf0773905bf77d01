using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Newtonsoft.Json;
using Polly.Timeout;

namespace Finpay.Generated.Http;

/// <summary>
/// What users get as <see cref="IFinpayCardClient"/>: the generated client, with every failure turned into the
/// <see cref="FinpayException"/> family. NSwag's exception, <see cref="JsonException"/> and <see cref="NullReferenceException"/>
/// never leave; a <see cref="FinpayException"/> (validation, a user's handler) and the caller's own cancellation pass unchanged.
/// </summary>
internal sealed class ErrorMappingCardClient : IFinpayCardClient
{
    private readonly FinpayCardClient _inner;

    public ErrorMappingCardClient(FinpayCardClient inner)
    {
        // The generated client deserializes straight from the buffered body; a body it cannot read is reported from the
        // call context, where the check handler left it.
        _inner = inner;
        _inner.ReadResponseAsString = false;
    }

    public Task<InitiateResponse> InitiateAsync(InitiateRequest body, CancellationToken cancellationToken = default) =>
        GuardAsync("initiate", body.Order?.Id, () => _inner.InitiateAsync(body, cancellationToken), cancellationToken);

    public Task<PaymentResponse> PayAsync(PaymentRequest body, CancellationToken cancellationToken = default) =>
        GuardAsync("pay", body.Order?.Id, () => _inner.PayAsync(body, cancellationToken), cancellationToken);

    public Task<CheckStatusResponse> CheckStatusAsync(string orderId, CancellationToken cancellationToken = default) =>
        GuardAsync("checkStatus", orderId, () => _inner.CheckStatusAsync(orderId, cancellationToken), cancellationToken);

    public Task<OperationResponse> CancelAsync(string orderId, CancellationToken cancellationToken = default) =>
        GuardAsync("cancel", orderId, () => _inner.CancelAsync(orderId, cancellationToken), cancellationToken);

    public Task<OperationResponse> VoidAsync(string orderId, CancellationToken cancellationToken = default) =>
        GuardAsync("void", orderId, () => _inner.VoidAsync(orderId, cancellationToken), cancellationToken);

    public Task<OperationResponse> RefundAsync(RefundRequest body, CancellationToken cancellationToken = default) =>
        GuardAsync("refund", body.Order?.Id, () => _inner.RefundAsync(body, cancellationToken), cancellationToken);

    public Task<OperationResponse> DeleteCardAsync(string cardToken, CancellationToken cancellationToken = default) =>
        GuardAsync("deleteCard", null, () => _inner.DeleteCardAsync(cardToken, cancellationToken), cancellationToken);

    private static async Task<T> GuardAsync<T>(string operation, string? orderId, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        using var scope = FinpayCallContext.Begin(operation, orderId);
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception exception) when (Translate(operation, exception, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>The exception the caller sees instead of <paramref name="exception"/>, or null to let it pass unchanged.</summary>
    internal static Exception? Translate(string operation, Exception exception, CancellationToken cancellationToken)
    {
        // A FinpayException wrapped by the serializer (a validation failure while writing the request) reaches the caller as itself.
        for (var inner = exception.InnerException; exception is not FinpayException && inner is not null; inner = inner.InnerException)
        {
            if (inner is FinpayException finpay) return finpay;
        }

        switch (exception)
        {
            case FinpayException:
            case ArgumentException:
                return null;
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return null;
            case TimeoutRejectedException:
            case OperationCanceledException:
                return new FinpayTimeoutException(
                    $"Finpay did not answer {operation} in time (FinpayOptions.Timeout per attempt, TotalTimeout in all). " +
                    "For a payment the outcome is unknown: check the order's status before paying again.", exception);
            case HttpRequestException:
            case IOException:
                return new FinpayConnectionException(
                    $"The connection to Finpay failed during {operation}: {exception.Message} " +
                    "For a payment the outcome may be unknown: check the order's status before paying again.", exception);
            case FinpayGeneratedApiException generated:
                return FinpayErrors.FromResponse(operation, generated.StatusCode, string.IsNullOrEmpty(generated.Response) ? BodyOfThisCall() : generated.Response, Problem(generated));
            case JsonException json:
                // Only a request the serializer rejects gets here (answers are read inside NSwag's wrapper).
                return new ArgumentException($"The {operation} request cannot be written as JSON{At(json)}: a required member is missing or a value has the wrong type.");
            case NullReferenceException or InvalidCastException or FormatException or OverflowException:
                return new FinpayApiException($"Finpay's answer to {operation} could not be read.", 0, null, null, null, string.Empty);
        }

        return null;
    }

    private static string? BodyOfThisCall()
    {
        var body = FinpayCallContext.Current?.ResponseBody ?? default;
        return body.Array is null ? null : System.Text.Encoding.UTF8.GetString(body.Array, body.Offset, body.Count);
    }

    private static string Problem(FinpayGeneratedApiException generated) => generated.InnerException switch
    {
        JsonException json => $"a value has the wrong type or a required member is missing{At(json)}",
        _ when generated.StatusCode is < 200 or > 299 => "an error status",
        _ when generated.StatusCode != 200 => $"status {generated.StatusCode}, which this operation does not answer with",
        _ => "the body is empty or JSON null",
    };

    private static string At(JsonException json)
    {
        var path = json switch
        {
            JsonReaderException reader => reader.Path,
            JsonSerializationException serialization => serialization.Path,
            _ => null,
        };
        return string.IsNullOrEmpty(path) ? string.Empty : $" (at '{path}')";
    }
}
