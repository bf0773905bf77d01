using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Http;
using Finpay.Generated.Operations;
using Finpay.Generated.Serialization;
using Newtonsoft.Json;

namespace Finpay.Generated.Client;

/// <summary>
/// What users get as <see cref="IFinpayCardClient"/>: each method names its row of the operation table, and the request is
/// built from that row (method, path, validated path parameter, validated body). The call's state rides on the request to
/// the pipeline, whose per-call handler reads the answer or turns the failure into a <see cref="FinpayException"/>.
/// </summary>
internal sealed class FinpayClient : IFinpayCardClient
{
    private readonly HttpClient _http;
    private readonly string _name;

    public FinpayClient(HttpClient http, string name)
    {
        _http = http;
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
    {
        // Everything that can be wrong with the request is found here, before anything is sent.
        var request = new HttpRequestMessage(operation.Method, new Uri(FinpayRequestPath.Build(operation, pathValue), UriKind.Relative));
        using (request)
        {
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
            if (operation.RequestBodyType is not null)
                request.Content = Serialize(operation, body ?? throw new ArgumentNullException(nameof(body)));
            var call = new FinpayCall(operation, orderId, pathValue, typeof(T), _name);
            call.AttachTo(request);

            // The per-call handler has read the answer into the call, or thrown the FinpayException that says why not.
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            return (T)call.Result!;
        }
    }

    /// <summary>
    /// The body as UTF-8 JSON with its length known, so it is sent in one piece rather than chunked. Serializing validates it
    /// (see <see cref="Validation.ValidatingContractResolver"/>): an invalid body throws <see cref="Validation.FinpayValidationException"/>.
    /// </summary>
    private static HttpContent Serialize(FinpayOperation operation, object body)
    {
        byte[] json;
        try
        {
            json = WireJson.SerializeValidated(body);
        }
        catch (JsonException exception)
        {
            throw FinpayErrors.Unwritable(operation.Id, exception);
        }

        var content = new ByteArrayContent(json);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        return content;
    }
}
