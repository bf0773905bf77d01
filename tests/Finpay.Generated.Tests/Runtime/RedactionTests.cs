using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.Tests.Runtime;

[Collection(nameof(ActivityListenerCollection))]
public class RedactionTests
{
    private const string CardNumber = "4111111111111111";
    private const string Cvv = "7391";

    private static InitiateRequest InitiateWithRawCard()
    {
        var request = RequestFactory.RecurringInitiate();
        request.Card = new Card { Number = CardNumber, ExpiryDate = "2912", Cvv = Cvv, NameOnCard = "HAJAR ISMAIL", StoredOnFile = "TO_BE_STORED" };
        return request;
    }

    /// <summary>A Finpay that echoes secrets back, as check status and callbacks do with the card token.</summary>
    private static Task<LoopbackServer> EchoingSecretsAsync() => LoopbackServer.StartAsync((context, request) =>
        LoopbackServer.Answer(context, request.RawTarget == ApiPaths.Target("deleteCard", RequestFactory.StoredCardToken) ? 404 : 200, request.RawTarget switch
        {
            var t when t == ApiPaths.Target("initiate") => FinpayAnswers.Initiate,
            var t when t == ApiPaths.Target("pay") =>
                $$"""{"responseCode":"2000000","responseMessage":"Success","data":{"amount":1000,"type":"CAPTURE"},"card":{"token":"{{RequestFactory.StoredCardToken}}","number":"{{CardNumber}}"} }""",
            _ => FinpayAnswers.Error("4040001", $"Card {RequestFactory.StoredCardToken} not found"),
        }));

    [Fact]
    public async Task A_trace_level_log_of_initiate_pay_and_delete_card_contains_no_secret()
    {
        await using var server = await EchoingSecretsAsync();
        var logs = new FakeLoggerProvider();
        using var harness = TestClients.Create(server.BaseUrl, logs: logs);

        await harness.Client.InitiateAsync(InitiateWithRawCard());
        await harness.Client.PayAsync(RequestFactory.OneClickPayment());
        var error = await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.DeleteCardAsync(RequestFactory.StoredCardToken));

        var all = logs.All();
        foreach (var secret in new[] { TestClients.MerchantKey, TestClients.ExpectedAuthorization, "RklOUEFZNzcwOlNvU2VjcmV0MTIz", RequestFactory.StoredCardToken, CardNumber, $"\"{Cvv}\"" })
        {
            Assert.DoesNotContain(secret, all);
            Assert.DoesNotContain(secret, error.ToString());
        }

        // The log is there and says what a merchant needs, so the absence above means something.
        Assert.Contains("\"cvv\":\"***\"", all);
        Assert.Contains(ApiPaths.Line("initiate") + " answered 200 with responseCode 2000000", all);
        Assert.Contains("(order 1686716101151)", all);
        Assert.Contains("(order 1685522307103)", all);
        Assert.Contains($"{ApiPaths.Method("deleteCard")} {ApiPaths.Redacted("deleteCard")} failed: 404 with responseCode 4040001", all);
        Assert.Contains("response body (redacted)", all);
    }

    [Fact]
    public async Task Bodies_are_logged_only_at_trace_level_and_a_call_is_one_line_at_information()
    {
        await using var server = await EchoingSecretsAsync();
        var logs = new FakeLoggerProvider();
        using var harness = TestClients.Create(server.BaseUrl, logs: logs);

        await harness.Client.PayAsync(RequestFactory.OneClickPayment());

        Assert.All(logs.Entries().Where(e => e.Contains("body (redacted)")), entry => Assert.StartsWith("Trace ", entry));
        // The SDK's own line; the resilience library's per-attempt line would be a second one for the same call.
        var line = Assert.Single(logs.Collector.GetSnapshot(), r => r.Level >= LogLevel.Information);
        Assert.StartsWith($"Finpay {ApiPaths.Line("pay")} answered 200", line.Message);
    }

    [Fact]
    public async Task One_span_per_call_with_a_redacted_path_and_the_unknown_outcome_of_a_lost_delete()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync((context, _) => Interlocked.Increment(ref calls) <= 2
            ? LoopbackServer.Answer(context, 503, "")
            : LoopbackServer.Answer(context, 200, FinpayAnswers.Operation));
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Finpay.Generated",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var harness = TestClients.Create(server.BaseUrl);

        // Deleting a card changes state: a 503 may come after Finpay deleted it, so it is not sent again.
        var error = await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.DeleteCardAsync(RequestFactory.StoredCardToken));

        var span = Assert.Single(spans);
        Assert.Equal("Finpay deleteCard", span.DisplayName);
        Assert.Equal(ApiPaths.Redacted("deleteCard"), span.GetTagItem("url.path"));
        Assert.Equal(503, span.GetTagItem("http.response.status_code"));
        Assert.Equal("unknown", span.GetTagItem("finpay.outcome"));
        Assert.DoesNotContain(span.TagObjects, tag => tag.Value?.ToString()?.Contains(RequestFactory.StoredCardToken) == true);
        Assert.DoesNotContain(RequestFactory.StoredCardToken, error.Message, StringComparison.Ordinal);
        Assert.True(error.OutcomeUnknown);
        Assert.Equal(1, server.Hits);
    }

    [Theory]
    [InlineData("""{"card":{"token":"abc","cvv":"123","number":"4111111111111111"},"mask":"481111******1114"}""",
        """{"card":{"token":"***","cvv":"***","number":"***"},"mask":"481111******1114"}""")]
    [InlineData("""{"note":"paid with 4111-1111-1111-1111","ref":"123456789"}""", """{"note":"***","ref":"123456789"}""")]
    [InlineData("""{"card":{"cvv":"123","token":"81b36a85""", "{\"card\":{\"cvv\":\"***\",\"token\":\"***\"")]
    [InlineData("""{"responseMessage":"Invalid CVV: 123 for order 1234"}""", """{"responseMessage":"Invalid CVV: *** for order 1234"}""")]
    [InlineData("<p>security code 9317 rejected</p>", "<p>security code *** rejected</p>")]
    public void The_redactor_hides_secret_members_and_secret_looking_values(string body, string expected)
    {
        Assert.Equal(expected, SecretRedactor.RedactBody(body, 4096));
    }
}

[CollectionDefinition(nameof(ActivityListenerCollection), DisableParallelization = true)]
public class ActivityListenerCollection
{
}
