using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Finpay.Generated.ContractTests.Consumer;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Snapshots;
using Finpay.Sandbox;
using Finpay.Sandbox.Tests;
using Newtonsoft.Json.Linq;
using Xunit;

using Finpay.Testing.Fixtures;

namespace Finpay.Generated.ContractTests.Prism;

/// <summary>
/// The SDK's production client talks to the sandbox through Prism's validating proxy: all seven operations, each with a
/// success and an error answer. Any request or response Prism finds outside spec/finpay-card.yaml fails the test.
/// </summary>
[Trait("Category", "Prism")]
public class PrismProxyFlowTests
{
    private static string Spec => Path.Combine(RepositoryLayout.Root, "spec", "finpay-card.yaml");

    [Fact]
    public async Task Every_operation_with_success_and_error_answers_passes_prism_without_a_violation()
    {
        await using var sandbox = await SandboxHost.StartAsync(Options());
        using var prism = await PrismProxy.StartAsync(Spec, sandbox.BaseAddress);
        using var client = FinpayContract.Client(prism.Address);
        var finpay = client.Client;

        // initiate (storing the card), then the customer pays on the hosted page (not part of the API spec: straight to the sandbox).
        var initiate = RequestFactory.RecurringInitiate();
        initiate.Order.Id = "PRISM-1";
        initiate.Url.CallbackUrl = "http://127.0.0.1:9/finpay/callback";
        var page = await finpay.InitiateAsync(initiate);
        await HostedPageCustomer.PayAsync(new Uri(sandbox.BaseAddress, new Uri(page.RedirectUrl).PathAndQuery), "4811111111111114");
        var token = await StoredTokenAsync(sandbox, "PRISM-1");
        await ExpectErrorAsync(409, "4090001", () => finpay.InitiateAsync(initiate));

        // pay with the stored card, with every optional object the spec allows.
        var payment = RequestFactory.FullPayment();
        payment.Order.Id = "PRISM-2";
        payment.Card!.Token = token;
        Assert.Equal("2000000", (await finpay.PayAsync(payment)).ResponseCode);
        var unknownCard = RequestFactory.OneClickPayment();
        unknownCard.Order.Id = "PRISM-3";
        await ExpectErrorAsync(404, "4040111", () => finpay.PayAsync(unknownCard));

        // check
        Assert.Equal("PAID", (await finpay.CheckStatusAsync("PRISM-1")).Data.Result!.Payment!.Status);
        await ExpectErrorAsync(404, "4040101", () => finpay.CheckStatusAsync("NO-SUCH-ORDER"));

        // cancel an unpaid order; a paid one cannot be cancelled
        var unpaid = RequestFactory.RecurringInitiate();
        unpaid.Order.Id = "PRISM-4";
        unpaid.Recurring = null;
        await finpay.InitiateAsync(unpaid);
        Assert.Equal("CANCELLED", (await finpay.CancelAsync("PRISM-4")).Data!.Result!.Payment!.Status);
        await ExpectErrorAsync(404, "4040100", () => finpay.CancelAsync("PRISM-2"));

        // void the one-click payment; an unpaid order cannot be voided
        Assert.Equal("2000000", (await finpay.VoidAsync("PRISM-2")).ResponseCode);
        var another = RequestFactory.RecurringInitiate();
        another.Order.Id = "PRISM-5";
        another.Recurring = null;
        await finpay.InitiateAsync(another);
        await ExpectErrorAsync(403, "4030015", () => finpay.VoidAsync("PRISM-5"));

        // refund part of the first order; more than is left is refused
        Assert.Equal("PARTIALLY_REFUNDED", (await finpay.RefundAsync(Refund("PRISM-1", 400))).Data!.Result!.Payment!.Status);
        await ExpectErrorAsync(403, "4030015", () => finpay.RefundAsync(Refund("PRISM-1", 900)));

        // delete the stored card; a second delete finds no card
        Assert.Equal("2000000", (await finpay.DeleteCardAsync(token)).ResponseCode);
        await ExpectErrorAsync(404, "4040111", () => finpay.DeleteCardAsync(token));

        // wrong credentials
        using (var stranger = FinpayContract.Client(prism.Address, FinpayContract.WrongMerchantKey))
            await ExpectErrorAsync(401, "4010000", () => stranger.Client.CheckStatusAsync("PRISM-1"));

        await prism.LoggedAsync(17);
        Assert.True(prism.Violations.Count == 0, "Prism reported violations:\n" + string.Join("\n", prism.Violations));
    }

    [Fact]
    public async Task A_response_outside_the_spec_is_reported_so_the_flow_above_can_fail()
    {
        // The same spec with responseMessage limited to 5 characters: every sandbox answer now breaks it.
        var strict = Path.Combine(Path.GetTempPath(), $"finpay-card-strict-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(strict, (await File.ReadAllTextAsync(Spec)).Replace("maxLength: 500", "maxLength: 5"));
        try
        {
            await using var sandbox = await SandboxHost.StartAsync(Options());
            using var prism = await PrismProxy.StartAsync(strict, sandbox.BaseAddress);
            using var client = FinpayContract.Client(prism.Address);

            var error = await Assert.ThrowsAsync<FinpayApiException>(() => client.Client.CheckStatusAsync("NO-SUCH-ORDER"));

            Assert.Equal(500, error.StatusCode);
            await Eventually.TrueAsync(() => prism.Violations.Any(v => v.Contains("not valid", StringComparison.Ordinal)), "Prism to report the violation");
        }
        finally
        {
            File.Delete(strict);
        }
    }

    private static SandboxOptions Options()
    {
        var options = new SandboxOptions { Port = 0 };
        options.CallbackRetryDelays.Clear();
        options.CallbackRetryDelays.Add(TimeSpan.Zero);
        return options;
    }

    private static RefundRequest Refund(string orderId, decimal amount) => new() { Order = new RefundOrder { Id = orderId, Amount = amount } };

    // The callback (to a port nobody listens on) is recorded with its body: the stored card's token is in it.
    private static async Task<string> StoredTokenAsync(SandboxHost sandbox, string orderId)
    {
        var delivery = await Eventually.SingleAsync(() => sandbox.CallbackDeliveries.Where(d => d.OrderId == orderId).Take(1).ToList(), "the callback for " + orderId);
        return (string)JObject.Parse(delivery.Body)["card"]!["token"]!;
    }

    private static async Task ExpectErrorAsync(int status, string responseCode, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<FinpayApiException>(call);
        Assert.True(status == error.StatusCode && responseCode == error.ResponseCode?.ToString(), $"expected {status} {responseCode}, got {error.StatusCode}: {error.Body}");
    }
}
