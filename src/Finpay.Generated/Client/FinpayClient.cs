using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Errors;
using Finpay.Generated.Http;
using Finpay.Generated.Operations;
using Finpay.Generated.Serialization;
using Newtonsoft.Json;

namespace Finpay.Generated.Client;

/// <summary>
/// The one implementation of <see cref="IFinpayCardClient"/>: each method names its row of the operation table, and the
/// request is built from that row (method, path, validated path parameter, validated body). The pipeline deals in HTTP; the
/// client reads Finpay's answer once, success or error, decides the call's outcome and throws the one exception.
/// </summary>
internal sealed class FinpayClient : IFinpayCardClient
{
    private readonly HttpClient _http;
    private readonly FinpayCallTelemetry _telemetry;
    private readonly string _name;

    public FinpayClient(HttpClient http, FinpayCallTelemetry telemetry, string name)
    {
        _http = http;
        _telemetry = telemetry;
        _name = name;
    }

    public Task<InitiateResponse> InitiateAsync(InitiateRequest body, CancellationToken cancellationToken = default) =>
        SendAsync<InitiateResponse>(FinpayOperations.Initiate, body, body?.Order?.Id, null, cancellationToken);

    public Task<PaymentResponse> PayAsync(PaymentRequest body, CancellationToken cancellationToken = default) =>
        SendAsync<PaymentResponse>(FinpayOperations.Pay, body, body?.Order?.Id, null, cancellationToken);

    public Task<CheckStatusResponse> CheckStatusAsync(string orderId, CancellationToken cancellationToken = default) =>
        SendAsync<CheckStatusResponse>(FinpayOperations.CheckStatus, null, orderId, orderId, cancellationToken);

    public Task<OperationResponse> CancelAsync(string orderId, CancellationToken cancellationToken = default) =>
        SendAsync<OperationResponse>(FinpayOperations.Cancel, null, orderId, orderId, cancellationToken);

    public Task<OperationResponse> VoidAsync(string orderId, CancellationToken cancellationToken = default) =>
        SendAsync<OperationResponse>(FinpayOperations.Void, null, orderId, orderId, cancellationToken);

    public Task<OperationResponse> RefundAsync(RefundRequest body, CancellationToken cancellationToken = default) =>
        SendAsync<OperationResponse>(FinpayOperations.Refund, body, body?.Order?.Id, null, cancellationToken);

    public Task<OperationResponse> DeleteCardAsync(string cardToken, CancellationToken cancellationToken = default) =>
        SendAsync<OperationResponse>(FinpayOperations.DeleteCard, null, null, cardToken, cancellationToken);

    private async Task<T> SendAsync<T>(FinpayOperation operation, object? body, string? orderId, string? pathValue, CancellationToken cancellationToken)
        where T : class
    {
        // Everything that can be wrong with the request is found here, before anything is sent.
        using var request = new HttpRequestMessage(operation.Method, new Uri(FinpayRequestPath.Build(operation, pathValue), UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        byte[]? json = null;
        if (operation.RequestBodyType is not null)
        {
            json = Serialize(operation, body ?? throw new ArgumentNullException(nameof(body)));
            request.Content = new ByteArrayContent(json);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        }

        var call = new FinpayCall(operation, orderId, pathValue, _name, _telemetry.Time.GetTimestamp());
        call.AttachTo(request);
        using var activity = _telemetry.Start(call, _http.BaseAddress, json);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var answer = await FinpayAnswer.ReadAsync(response).ConfigureAwait(false);
            var result = answer.Read<T>(operation.Id);
            _telemetry.Succeeded(call, activity, answer);
            return result;
        }
        catch (Exception exception)
        {
            var failure = FinpayErrors.FromException(operation.Id, exception, cancellationToken);
            var cancelled = exception is OperationCanceledException && cancellationToken.IsCancellationRequested;
            var outcome = FinpayOutcome.Classify(call, failure ?? exception, cancelled);
            _telemetry.Failed(call, activity, failure ?? exception, cancelled, outcome);
            if (failure is null) throw;
            throw failure;
        }
    }

    /// <summary>
    /// The body as UTF-8 JSON with its length known, so it is sent in one piece rather than chunked. Serializing validates it
    /// (see <see cref="Validation.ValidatingContractResolver"/>): an invalid body throws <see cref="Validation.FinpayValidationException"/>.
    /// </summary>
    private static byte[] Serialize(FinpayOperation operation, object body)
    {
        try
        {
            return WireJson.SerializeValidated(body);
        }
        catch (JsonException exception)
        {
            throw FinpayErrors.Unwritable(operation.Id, exception);
        }
    }
}
