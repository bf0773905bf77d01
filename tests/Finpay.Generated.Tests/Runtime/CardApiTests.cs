using System.Linq;
using System.Threading.Tasks;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Newtonsoft.Json.Linq;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.Tests.Runtime;

public class CardApiTests
{
    private static Task<LoopbackServer> FinpayAsync() => LoopbackServer.StartAsync((context, request) =>
        LoopbackServer.Answer(context, 200, request.RawTarget switch
        {
            var t when t == ApiPaths.Target("initiate") => FinpayAnswers.Initiate,
            var t when t == ApiPaths.Target("pay") => FinpayAnswers.Payment,
            var t when t == ApiPaths.Target("checkStatus", "ORDER-1") => FinpayAnswers.CheckStatus("PAID"),
            _ => FinpayAnswers.Operation,
        }));

    [Fact]
    public async Task Each_card_operation_calls_its_documented_method_and_path()
    {
        await using var server = await FinpayAsync();
        using var harness = TestClients.Create(server.BaseUrl);
        var client = harness.Client;

        await client.InitiateAsync(RequestFactory.RecurringInitiate());
        await client.PayAsync(RequestFactory.OneClickPayment());
        await client.CheckStatusAsync("ORDER-1");
        await client.CancelAsync("ORDER-2");
        await client.VoidAsync("ORDER-3");
        await client.RefundAsync(new RefundRequest { Order = new RefundOrder { Id = "ORDER-4", Amount = 500 } });
        await client.DeleteCardAsync(RequestFactory.StoredCardToken);

        Assert.Equal(
            new[]
            {
                ApiPaths.Line("initiate"),
                ApiPaths.Line("pay"),
                ApiPaths.Line("checkStatus", "ORDER-1"),
                ApiPaths.Line("cancel", "ORDER-2"),
                ApiPaths.Line("void", "ORDER-3"),
                ApiPaths.Line("refund"),
                ApiPaths.Line("deleteCard", RequestFactory.StoredCardToken),
            },
            server.Requests.Select(r => $"{r.Method} {r.RawTarget}"));
        Assert.Equal("""{"order":{"id":"ORDER-4","amount":"500"}}""", server.Requests.ToArray()[5].Body);
    }

    [Fact]
    public async Task A_path_parameter_that_could_change_the_path_is_refused_before_sending()
    {
        await using var server = await FinpayAsync();
        using var harness = TestClients.Create(server.BaseUrl);

        // The generated client escapes path parameters too; validation stops such an id before escaping matters.
        var error = await Assert.ThrowsAsync<Finpay.Generated.Validation.FinpayValidationException>(
            () => harness.Client.CancelAsync("../void/ORDER 1?x=#"));

        Assert.Contains(error.Errors, e => e.Path == "orderId");
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Request_amounts_travel_as_strings_of_digits()
    {
        await using var server = await FinpayAsync();
        using var harness = TestClients.Create(server.BaseUrl);

        await harness.Client.PayAsync(RequestFactory.OneClickPayment());

        var sent = JObject.Parse(Assert.Single(server.Requests).Body);
        Assert.Equal(JTokenType.String, sent["order"]!["amount"]!.Type);
        Assert.Equal("1000", (string?)sent["order"]!["amount"]);
    }

    [Theory]
    [InlineData("1000")]
    [InlineData("\"1000\"")]
    public async Task Response_amounts_are_read_from_a_number_or_a_string(string amount)
    {
        await using var server = await LoopbackServer.AnsweringAsync(200,
            $$$"""{"responseCode":"2000000","responseMessage":"Success","data":{"amount":{{{amount}}}}}""");
        using var harness = TestClients.Create(server.BaseUrl);

        var response = await harness.Client.PayAsync(RequestFactory.OneClickPayment());

        Assert.Equal(1000m, response.Data.Amount);
    }
}
