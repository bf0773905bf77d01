using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Finpay.Generated.ContractTests.Dsl;
using Xunit;

namespace Finpay.Generated.ContractTests.SelfTests;

/// <summary>The DSL against the real Pact engine, with plain HttpClient requests: what passes, and how failures read.</summary>
public sealed class ConsumerDslTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "finpay-pact-dsl-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_matching_request_passes_and_the_pact_file_carries_the_rules()
    {
        using var pact = new ConsumerPact("DslConsumer", "DslProvider", _directory);
        pact.UponReceiving("a refund")
            .Given("an order is paid", new { orderId = "A-1" })
            .WithRequest("POST", "/refund")
            .WithJsonBody(new { order = new { id = "A-1", amount = Match.Regex("1000", "^[0-9]+$") } })
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new
            {
                amount = Match.Integer(1000),
                processingTime = Match.Decimal(0.25),
                at = Match.DateTime("2023-07-15 14:42:01", "yyyy-MM-dd HH:mm:ss"),
                items = Match.EachLike(new { name = Match.Type("x") }),
            });

        await pact.VerifyAsync(async baseAddress =>
        {
            using var http = new HttpClient { BaseAddress = baseAddress };
            using var response = await http.PostAsync("refund", Json("""{"order":{"id":"A-1","amount":"250"}}"""));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(1000, body["amount"]!.GetValue<int>());
        });

        var written = JsonNode.Parse(File.ReadAllText(pact.PactFile!))!;
        var interaction = written["interactions"]![0]!;
        Assert.Equal("4.0", written["metadata"]!["pactSpecification"]!["version"]!.GetValue<string>());
        Assert.Equal("an order is paid", interaction["providerStates"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("A-1", interaction["providerStates"]![0]!["params"]!["orderId"]!.GetValue<string>());
        var amountRules = interaction["request"]!["matchingRules"]!["body"]!["$.order.amount"]!;
        Assert.Equal("AND", amountRules["combine"]!.GetValue<string>());
        Assert.Equal("type", amountRules["matchers"]![0]!["match"]!.GetValue<string>());
        Assert.Equal("^[0-9]+$", amountRules["matchers"]![1]!["regex"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_amount_sent_as_a_number_fails_naming_the_interaction_and_the_json_path()
    {
        using var pact = new ConsumerPact("DslConsumer", "DslProvider", outputDirectory: null);
        pact.UponReceiving("a refund with a string amount")
            .WithRequest("POST", "/refund")
            .WithJsonBody(new { order = new { id = "A-1", amount = Match.Regex("1000", "^[0-9]+$") } })
            .WillRespond()
            .WithStatus(200);

        var failure = await Assert.ThrowsAsync<PactException>(() => pact.VerifyAsync(async baseAddress =>
        {
            using var http = new HttpClient { BaseAddress = baseAddress };
            using var _ = await http.PostAsync("refund", Json("""{"order":{"id":"A-1","amount":1000}}"""));
        }));

        Assert.Contains("Interaction 'a refund with a string amount' (POST /refund)", failure.Message);
        Assert.Contains("body $.order.amount: Expected 1000 (Integer) to be the same type as '1000' (String)", failure.Message);
    }

    [Fact]
    public async Task An_amount_string_that_is_not_all_digits_fails_naming_the_pattern()
    {
        using var pact = new ConsumerPact("DslConsumer", "DslProvider", outputDirectory: null);
        pact.UponReceiving("a refund with a digit amount")
            .WithRequest("POST", "/refund")
            .WithJsonBody(new { order = new { amount = Match.Regex("1000", "^[0-9]+$") } })
            .WillRespond()
            .WithStatus(200);

        var failure = await Assert.ThrowsAsync<PactException>(() => pact.VerifyAsync(async baseAddress =>
        {
            using var http = new HttpClient { BaseAddress = baseAddress };
            using var _ = await http.PostAsync("refund", Json("""{"order":{"amount":"10.50"}}"""));
        }));

        Assert.Contains("body $.order.amount", failure.Message);
        Assert.Contains("^[0-9]+$", failure.Message);
    }

    [Fact]
    public async Task An_extra_request_member_fails_because_requests_are_matched_strictly()
    {
        using var pact = new ConsumerPact("DslConsumer", "DslProvider", outputDirectory: null);
        pact.UponReceiving("a refund")
            .WithRequest("POST", "/refund")
            .WithJsonBody(new { order = new { id = "A-1" } })
            .WillRespond()
            .WithStatus(200);

        var failure = await Assert.ThrowsAsync<PactException>(() => pact.VerifyAsync(async baseAddress =>
        {
            using var http = new HttpClient { BaseAddress = baseAddress };
            using var _ = await http.PostAsync("refund", Json("""{"order":{"id":"A-1","note":"x"}}"""));
        }));

        Assert.Contains("body $.order", failure.Message);
        Assert.Contains("note", failure.Message);
    }

    [Fact]
    public async Task An_interaction_the_test_never_exercises_fails_naming_it()
    {
        using var pact = new ConsumerPact("DslConsumer", "DslProvider", outputDirectory: null);
        pact.UponReceiving("a status check").WithRequest("GET", "/check/A-1").WillRespond().WithStatus(200);

        var failure = await Assert.ThrowsAsync<PactException>(() => pact.VerifyAsync(_ => Task.CompletedTask));

        Assert.Contains("Interaction 'a status check': expected GET /check/A-1, but it was never sent.", failure.Message);
    }

    [Fact]
    public void A_regex_matcher_whose_example_breaks_its_own_pattern_is_refused()
    {
        var failure = Assert.Throws<ArgumentException>(() => Match.Regex("10.00", "^[0-9]+$"));

        Assert.Contains("'10.00' does not match its own pattern ^[0-9]+$", failure.Message);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
