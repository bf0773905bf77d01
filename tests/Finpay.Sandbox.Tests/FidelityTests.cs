using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Sandbox.Tests;

/// <summary>What independent tools and real merchants showed about the sandbox's edges.</summary>
public class FidelityTests
{
    public static TheoryData<string> TwoHundredAnswers() => new() { "201 text", "200 success-json", "202 empty", "204" };

    public static TheoryData<int> OtherAnswers() => new() { 302, 400, 404, 503 };

    [Theory]
    [MemberData(nameof(TwoHundredAnswers))]
    public async Task Any_2xx_answer_from_the_merchant_counts_as_delivered(string answer)
    {
        IResult result = answer switch
        {
            "201 text" => Results.Text("OK", "text/plain", statusCode: 201),
            "200 success-json" => Results.Text("{\"success\":true}", "application/json"),
            "202 empty" => Results.StatusCode(202),
            _ => Results.NoContent(),
        };
        await using var receiver = await CallbackReceiver.AnsweringAsync(result);
        await using var sandbox = await Sandbox.StartAsync();

        await sandbox.PaidOrderAsync("ORDER-1", receiver.Url);
        await receiver.NextAsync();

        // A delivery recorded as delivered is never retried: the dispatcher schedules a retry only for one that was not.
        var attempt = await Eventually.SingleAsync(() => sandbox.Host.CallbackDeliveries, "the delivery to be recorded");
        Assert.True(attempt.Delivered);
        Assert.Equal(1, receiver.Requests);
    }

    [Fact]
    public async Task Callbacks_and_status_checks_carry_what_real_ones_do()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync();

        await sandbox.PaidOrderAsync("ORDER-1", receiver.Url);
        var callback = sandbox.Verifier.Verify(await receiver.NextAsync()).Callback!;
        var status = await sandbox.Client.CheckStatusAsync("ORDER-1");

        Assert.Equal("FINPAY", Assert.Single(receiver.ClientIds));
        Assert.Equal(sandbox.Host.MerchantId, callback.Merchant!.Id);
        Assert.Equal("cc", callback.SourceOfFunds!.Type);
        Assert.Equal(sandbox.Host.MerchantId, status.Data.Merchant!.Id);
    }

    [Theory]
    [MemberData(nameof(OtherAnswers))]
    public async Task Any_other_answer_is_a_failure_and_retried(int status)
    {
        await using var receiver = await CallbackReceiver.AnsweringAsync(Results.StatusCode(status));
        await using var sandbox = await Sandbox.StartAsync();

        await sandbox.PaidOrderAsync("ORDER-1", receiver.Url);

        // The test sandbox tries four times (0, 50, 100, 200 ms).
        await Eventually.TrueAsync(() => sandbox.Host.CallbackDeliveries.Count == 4, "four attempts");
        Assert.All(sandbox.Host.CallbackDeliveries, d => Assert.False(d.Delivered));
        Assert.All(sandbox.Host.CallbackDeliveries, d => Assert.Equal(status, d.StatusCode));
    }

    [Theory]
    [InlineData("1e30")]
    [InlineData("79228162514264337593543950336.5")]
    [InlineData("-1.5E+40")]
    public async Task Meta_data_with_a_number_too_large_for_decimal_is_accepted_and_echoed(string number)
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync();
        var body = InitiateBody("ORDER-1", receiver.Url, "{\"big\":" + number + "}");

        using var answer = await sandbox.Http.SendAsync(ApiPaths.Request("initiate", new StringContent(body, Encoding.UTF8, "application/json")));
        var text = await answer.Content.ReadAsStringAsync();

        Assert.True(answer.IsSuccessStatusCode, text);
        var redirect = (string)JObject.Parse(text)["redirecturl"]!;
        await HostedPageCustomer.PayAsync(new Uri(redirect), Cards.TestCards.Approved.Number);
        var callback = await receiver.NextAsync();
        var verified = sandbox.Verifier.Verify(callback);
        Assert.True(verified.IsValid, verified + " " + callback);
        Assert.Equal(double.Parse(number, System.Globalization.CultureInfo.InvariantCulture), (double)JObject.Parse(callback)["meta"]!["data"]!["big"]!);

        // The status check echoes it too, and the SDK reads it.
        var status = await sandbox.Client.CheckStatusAsync("ORDER-1");
        Assert.Equal("PAID", status.Data.Result!.Payment!.Status);
    }

    [Fact]
    public async Task A_number_beyond_what_php_can_encode_is_refused_with_a_message_that_says_so()
    {
        await using var sandbox = await Sandbox.StartAsync();
        var body = InitiateBody("ORDER-1", new Uri("http://127.0.0.1:9/cb"), "{\"big\":1e400}");

        using var answer = await sandbox.Http.SendAsync(ApiPaths.Request("initiate", new StringContent(body, Encoding.UTF8, "application/json")));
        var envelope = JObject.Parse(await answer.Content.ReadAsStringAsync());

        Assert.Equal(400, (int)answer.StatusCode);
        Assert.Equal("4000001", (string)envelope["responseCode"]!);
        Assert.Equal("Invalid Field Format meta.data.big: the number 1e400 is too large to encode as JSON", (string)envelope["responseMessage"]!);
    }

    public static TheoryData<string, string> NoOperations() => new()
    {
        // Deliberately no operation of the spec, though under the card API's prefix.
        { "GET", "pg/payment/card/unknown" },
        { "GET", "nothing/here" },
        // An operation's path with a method the spec does not give it.
        { "POST", ApiPaths.For("checkStatus", "ORDER-1") },
    };

    [Theory]
    [MemberData(nameof(NoOperations))]
    public async Task An_unknown_path_or_method_is_answered_in_finpays_envelope(string method, string path)
    {
        await using var sandbox = await Sandbox.StartAsync();

        using var answer = await sandbox.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        var text = await answer.Content.ReadAsStringAsync();

        Assert.Equal("application/json", answer.Content.Headers.ContentType?.MediaType);
        var envelope = JObject.Parse(text);
        var status = (int)answer.StatusCode;
        Assert.True(status is 404 or 405, text);
        Assert.Matches($"^{status}[0-9]{{4}}$", (string)envelope["responseCode"]!);
        Assert.Contains(path, (string)envelope["responseMessage"]!);
    }

    private static string InitiateBody(string orderId, Uri callbackUrl, string metaData) =>
        "{\"order\":{\"id\":\"" + orderId + "\",\"amount\":\"1000\",\"currency\":\"IDR\",\"description\":\"Testing\"}," +
        "\"customer\":{\"id\":\"c1\",\"mobilePhone\":\"+6281286288844\"},\"url\":{\"callbackUrl\":\"" + callbackUrl + "\"}," +
        "\"meta\":{\"data\":" + metaData + "},\"sourceOfFunds\":{\"type\":\"cc\"}}";
}
