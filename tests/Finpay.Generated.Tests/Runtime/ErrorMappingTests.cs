using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.Tests.Runtime;

public class ErrorMappingTests
{
    public static TheoryData<string, int, string, string, int, string?> Shapes => new()
    {
        // name, status, content type, body, expected StatusCode, expected ResponseCode
        { "non-2xx with Finpay's envelope", 400, "application/json", FinpayAnswers.Error("4000002", "Invalid Mandatory Field order.id"), 400, "4000002" },
        { "5xx with Finpay's envelope", 500, "application/json", FinpayAnswers.Error("5000000", "General Error"), 500, "5000000" },
        { "non-2xx HTML from a proxy", 502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>", 502, null },
        { "non-2xx without a body", 404, "application/json", "", 404, null },
        { "200 with a failure responseCode", 200, "application/json", FinpayAnswers.Error("4030015", "Transaction Not Permitted"), 200, "4030015" },
        { "200 HTML", 200, "text/html", "<!DOCTYPE html><html>maintenance</html>", 200, null },
        { "200 truncated JSON", 200, "application/json", """{"responseCode":"2000000","responseMessage":"Succ""", 200, null },
        { "200 JSON null", 200, "application/json", "null", 200, null },
        { "200 JSON array", 200, "application/json", "[1,2]", 200, null },
        { "200 wrongly typed JSON", 200, "application/json", """{"responseCode":"2000000","responseMessage":"Success","data":{"amount":"abc"}}""", 200, "2000000" },
        { "200 without a required member", 200, "application/json", """{"responseCode":"2000000","responseMessage":"Success"}""", 200, "2000000" },
        { "200 data of the wrong JSON kind", 200, "application/json", """{"responseCode":"2000000","responseMessage":"Success","data":[]}""", 200, "2000000" },
        { "201 success envelope", 201, "application/json", FinpayAnswers.Payment, 201, "2000000" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Each_error_shape_becomes_a_FinpayApiException_and_nothing_else(string shape, int status, string contentType, string body, int expectedStatus, string? expectedCode)
    {
        await using var server = await LoopbackServer.AnsweringAsync(status, body, contentType);
        using var harness = TestClients.Create(server.BaseUrl);

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.True(expectedStatus == error.StatusCode, shape);
        Assert.Equal(expectedCode, error.ResponseCode?.ToString());
        Assert.Null(error.InnerException);
        Assert.Equal(1, server.Hits);
    }

    [Fact]
    public async Task The_exception_carries_the_envelope_and_a_message_that_says_what_happened()
    {
        await using var server = await LoopbackServer.AnsweringAsync(403, FinpayAnswers.Error("4030001", "Feature Not Allowed", traceId: "abc-123"));
        using var harness = TestClients.Create(server.BaseUrl);

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.RefundAsync(new RefundRequest { Order = new RefundOrder { Id = "O-1", Amount = 1 } }));

        Assert.Equal("4030001", error.ResponseCode?.ToString());
        Assert.Equal(403, error.ResponseCode?.Category);
        Assert.Equal("Feature Not Allowed", error.ResponseMessage);
        Assert.Equal("abc-123", error.TraceId);
        Assert.Contains("refund", error.Message);
        Assert.Contains("4030001", error.Message);
        Assert.Contains("abc-123", error.Message);
    }

    [Fact]
    public async Task A_wrongly_typed_answer_names_the_json_path_without_exposing_the_json_exception()
    {
        await using var server = await LoopbackServer.AnsweringAsync(200, """{"responseCode":"2000000","responseMessage":"Success","data":{"amount":"abc"}}""");
        using var harness = TestClients.Create(server.BaseUrl);

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.Contains("data.amount", error.Message);
        Assert.Contains("\"amount\":\"abc\"", error.Body);
    }

    [Fact]
    public async Task An_oversized_body_fails_the_call_without_being_read_whole()
    {
        var huge = "{\"responseCode\":\"2000000\",\"pad\":\"" + new string('x', 512 * 1024) + "\"}";
        await using var server = await LoopbackServer.AnsweringAsync(200, huge);
        using var harness = TestClients.Create(server.BaseUrl, options => options.MaxResponseBodyBytes = 64 * 1024);

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.Contains("MaxResponseBodyBytes", error.Message);
        Assert.Equal(string.Empty, error.Body);
    }

    [Fact]
    public async Task A_long_error_body_is_truncated_and_its_secrets_redacted()
    {
        var body = "<html>card 4111 1111 1111 1111 token " + RequestFactory.StoredCardToken + new string('.', 10_000) + "</html>";
        await using var server = await LoopbackServer.AnsweringAsync(500, body, "text/html");
        using var harness = TestClients.Create(server.BaseUrl);

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.True(error.Body.Length < 2200, $"Body has {error.Body.Length} characters.");
        Assert.DoesNotContain(RequestFactory.StoredCardToken, error.Body);
        Assert.DoesNotContain("4111 1111 1111 1111", error.Body);
        Assert.Contains("card ***", error.Body);
    }

    [Fact]
    public async Task A_FinpayException_raised_inside_the_pipeline_reaches_the_caller_unchanged()
    {
        await using var server = await LoopbackServer.AnsweringAsync(200, FinpayAnswers.Payment);
        var raised = new RejectedByMerchantPolicy();
        using var harness = TestClients.Create(server.BaseUrl, http: builder => builder.AddHttpMessageHandler(() => new ThrowingHandler(raised)));

        var error = await Assert.ThrowsAsync<RejectedByMerchantPolicy>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.Same(raised, error);
        Assert.Equal(0, server.Hits);
    }

    [Fact]
    public void A_FinpayException_wrapped_by_the_json_serializer_reaches_the_caller_as_itself()
    {
        var raised = new RejectedByMerchantPolicy();
        var wrapped = new Newtonsoft.Json.JsonSerializationException("Error writing the request.", raised);

        var translated = Finpay.Generated.Errors.FinpayErrors.Unwritable("pay", wrapped);

        Assert.Same(raised, translated);
    }

    private sealed class RejectedByMerchantPolicy() : FinpayException("Rejected by the merchant's own policy.");

    private sealed class ThrowingHandler(Exception exception) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => throw exception;
    }
}
