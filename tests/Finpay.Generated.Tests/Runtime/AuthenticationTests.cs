using System.Linq;
using System.Threading.Tasks;
using Finpay.Generated.Configuration;
using Finpay.Generated.DependencyInjection;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.Tests.Runtime;

public class AuthenticationTests
{
    [Fact]
    public async Task Every_request_carries_the_documented_basic_header_and_json_headers()
    {
        await using var server = await LoopbackServer.StartAsync((context, request) =>
            LoopbackServer.Answer(context, 200, request.Method == "POST" ? FinpayAnswers.Initiate : FinpayAnswers.CheckStatus("PAID")));
        using var harness = TestClients.Create(server.BaseUrl);

        await harness.Client.InitiateAsync(RequestFactory.RecurringInitiate());
        await harness.Client.CheckStatusAsync("ORDER-1");

        Assert.Equal(2, server.Requests.Count);
        foreach (var request in server.Requests)
        {
            Assert.Equal("Basic RklOUEFZNzcwOlNvU2VjcmV0MTIz", request.Authorization);
            Assert.Contains("application/json", request.Accept);
        }

        Assert.StartsWith("application/json", server.Requests.ToArray()[0].ContentType);
    }

    [Fact]
    public async Task A_request_body_goes_with_its_length_rather_than_chunked()
    {
        long? contentLength = null;
        string? transferEncoding = null;
        await using var server = await LoopbackServer.StartAsync((context, _) =>
        {
            contentLength = context.Request.ContentLength;
            transferEncoding = context.Request.Headers.TransferEncoding.ToString();
            return LoopbackServer.Answer(context, 200, FinpayAnswers.Payment);
        });
        using var harness = TestClients.Create(server.BaseUrl);

        await harness.Client.PayAsync(RequestFactory.OneClickPayment());

        Assert.Equal(server.Requests.Single().Body.Length, contentLength);
        Assert.Equal("", transferEncoding);
    }

    [Fact]
    public async Task A_client_built_in_one_line_without_DI_authenticates_and_answers()
    {
        await using var server = await LoopbackServer.AnsweringAsync(200, FinpayAnswers.Payment);

        var client = FinpayClientFactory.Create(new FinpayOptions { MerchantId = "FINPAY770", MerchantKey = "SoSecret123", BaseUrl = server.BaseUrl });
        var response = await client.PayAsync(RequestFactory.OneClickPayment());

        Assert.Equal(1000m, response.Data.Amount);
        Assert.Equal(TestClients.ExpectedAuthorization, Assert.Single(server.Requests).Authorization);
    }
}
