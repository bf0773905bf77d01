using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Generated.Errors;
using Finpay.Sandbox.Cards;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Sandbox.Tests;

public class PaymentFlowTests
{
    [Fact]
    public async Task Initiate_answers_with_a_hosted_page_on_the_sandbox_and_an_expiry()
    {
        await using var sandbox = await Sandbox.StartAsync();

        var response = await sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1"));

        Assert.Equal("2000000", response.ResponseCode);
        Assert.Matches("^" + sandbox.Host.BaseAddress + "pg/payment/card/access/[0-9a-f]{64}$", response.RedirectUrl);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", response.ExpiryLink);
        Assert.True(response.ProcessingTime >= 0);
    }

    [Fact]
    public async Task The_hosted_page_is_a_form_listing_the_test_cards()
    {
        await using var sandbox = await Sandbox.StartAsync();
        var initiate = await sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1"));

        var html = await new System.Net.Http.HttpClient().GetStringAsync(initiate.RedirectUrl);

        Assert.Contains("<form id=\"card-form\" method=\"post\"", html);
        Assert.Contains("name=\"cardNumber\"", html);
        Assert.All(TestCards.All, card => Assert.Contains(card.Number.Substring(0, 4) + " " + card.Number.Substring(4, 4), html));
    }

    [Fact]
    public async Task The_hosted_page_fits_a_phone_and_brings_up_the_digit_keyboard_for_card_fields()
    {
        await using var sandbox = await Sandbox.StartAsync();
        var initiate = await sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1"));

        var html = await new System.Net.Http.HttpClient().GetStringAsync(initiate.RedirectUrl);

        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html);
        foreach (var (field, autocomplete, inputMode) in new[] { ("cardNumber", "cc-number", "numeric"), ("expiry", "cc-exp", "numeric"), ("cvv", "cc-csc", "numeric"), ("nameOnCard", "cc-name", "text") })
        {
            Assert.Contains($"<label for=\"{field}\">", html);
            Assert.Contains($"<input id=\"{field}\" name=\"{field}\" autocomplete=\"{autocomplete}\" inputmode=\"{inputMode}\"", html);
        }
    }

    [Fact]
    public async Task Paying_on_the_hosted_page_captures_stores_the_card_and_sends_a_callback_the_sdk_verifies()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync();

        var status = await sandbox.PaidOrderAsync("ORDER-1", receiver.Url, recurring: Requests.MonthlyTwice());
        var verified = sandbox.Verifier.Verify(await receiver.NextAsync());

        Assert.Equal("PAID", status);
        Assert.True(verified.IsValid, verified.Reason);
        Assert.Equal("ORDER-1", verified.Callback!.Order!.Id);
        Assert.Equal("PAID", verified.Callback.Result!.Payment!.Status);
        Assert.Equal(1000m, verified.Callback.Order.Amount);
        Assert.Matches("^[0-9a-f]{64}$", verified.Callback.Card!.Token);
        Assert.Equal("481111******1114", verified.Callback.Card.Mask);
        Assert.Equal("pro/annual", ((Newtonsoft.Json.Linq.JObject)verified.Callback.Meta!.Data!)["plan"]!.ToString());
        var check = await sandbox.Client.CheckStatusAsync("ORDER-1");
        Assert.Equal("PAID", check.Data.Result!.Payment!.Status);
        Assert.Null(check.Data.Card!.Token);
        var entry = Assert.Single(sandbox.Host.Ledger.For("ORDER-1"));
        Assert.Equal(("PAYMENT", 1000m, "PAID"), (entry.Kind, entry.Amount, entry.Status));
    }

    [Fact]
    public async Task A_card_is_stored_when_the_initiate_says_TO_BE_STORED_and_not_otherwise()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync();

        foreach (var (orderId, storage) in new[] { ("STORE-1", "TO_BE_STORED"), ("NOSTORE-1", "NOT_STORED") })
        {
            var initiate = await sandbox.Client.InitiateAsync(Requests.Initiate(orderId, receiver.Url, storedOnFile: storage));
            await HostedPageCustomer.PayAsync(new Uri(initiate.RedirectUrl), TestCards.ApprovedMastercard.Number);
        }

        // The two callbacks are sent independently, so they may arrive in either order.
        var tokenStored = new Dictionary<string, bool>();
        for (var i = 0; i < 2; i++)
        {
            var callback = sandbox.Verifier.Verify(await receiver.NextAsync()).Callback!;
            tokenStored.Add(callback.Order!.Id!, callback.Card!.Token is not null);
        }

        Assert.Equal(new Dictionary<string, bool> { ["STORE-1"] = true, ["NOSTORE-1"] = false }, tokenStored);
    }

    [Fact]
    public async Task A_declined_card_fails_the_order_and_calls_back_failed_without_a_token()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync();

        var status = await sandbox.PaidOrderAsync("ORDER-1", receiver.Url, TestCards.Declined, Requests.MonthlyTwice());
        var callback = sandbox.Verifier.Verify(await receiver.NextAsync()).Callback!;

        Assert.Equal("FAILED", status);
        Assert.Equal("FAILED", callback.Result!.Payment!.Status);
        Assert.Null(callback.Card!.Token);
        Assert.Equal("FAILED", Assert.Single(sandbox.Host.Ledger.For("ORDER-1")).Status);
    }

    [Theory]
    [InlineData("4111111111111112", "not valid")]
    [InlineData("4000000000000002", "not a sandbox test card")]
    public async Task The_hosted_page_refuses_other_cards_and_keeps_the_order_open(string number, string message)
    {
        await using var sandbox = await Sandbox.StartAsync();
        var initiate = await sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1"));

        var (status, html) = await HostedPageCustomer.PayAsync(new Uri(initiate.RedirectUrl), number);

        Assert.Equal(422, status);
        Assert.Contains(message, html);
        Assert.Equal("INITIATED", (await sandbox.Client.CheckStatusAsync("ORDER-1")).Data.Result!.Payment!.Status);
    }

    [Fact]
    public async Task An_expired_card_is_refused_by_the_sandbox_clock()
    {
        await using var sandbox = await Sandbox.StartAsync(o => o.ClockStart = new DateTimeOffset(2030, 5, 10, 0, 0, 0, TimeSpan.FromHours(7)));
        var initiate = await sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1"));

        var (status, html) = await HostedPageCustomer.PayAsync(new Uri(initiate.RedirectUrl), TestCards.Approved.Number, expiry: "04/30");

        Assert.Equal(422, status);
        Assert.Contains("expired", html);
    }

    [Fact]
    public async Task One_click_pay_with_the_stored_token_captures_and_answers_like_finpays_sample()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync();
        await sandbox.PaidOrderAsync("ORDER-1", receiver.Url, recurring: Requests.MonthlyTwice());
        var token = sandbox.Verifier.Verify(await receiver.NextAsync()).Callback!.Card!.Token!;

        var response = await sandbox.Client.PayAsync(Requests.Pay("ORDER-2", token, amount: 2500));

        Assert.Equal("2000000", response.ResponseCode);
        Assert.Equal(2500m, response.Data.Amount);
        Assert.Equal(("CAPTURE", "INTERNET", "IDR"), (response.Data.Type.ToString(), response.Data.Source.ToString(), response.Data.Currency));
        Assert.NotNull(response.Data.Acquirer);
        Assert.Equal("PAID", (await sandbox.Client.CheckStatusAsync("ORDER-2")).Data.Result!.Payment!.Status);
        Assert.Equal("ONE_CLICK", Assert.Single(sandbox.Host.Ledger.For("ORDER-2")).Kind);
    }

    [Fact]
    public async Task One_click_pay_with_an_unknown_token_answers_4040111()
    {
        await using var sandbox = await Sandbox.StartAsync();

        var error = await Assert.ThrowsAsync<FinpayApiException>(
            () => sandbox.Client.PayAsync(Requests.Pay("ORDER-2", new string('a', 64))));

        Assert.Equal((404, "4040111"), (error.StatusCode, error.ResponseCode?.ToString()));
        Assert.Empty(sandbox.Host.Ledger.For("ORDER-2"));
    }

    [Fact]
    public async Task One_click_pay_with_a_card_out_of_funds_answers_4030014_and_records_the_failure()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync();
        await sandbox.PaidOrderAsync("ORDER-1", receiver.Url, TestCards.InsufficientFundsLater, Requests.MonthlyTwice());
        var token = sandbox.Verifier.Verify(await receiver.NextAsync()).Callback!.Card!.Token!;

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => sandbox.Client.PayAsync(Requests.Pay("ORDER-2", token)));

        Assert.Equal((403, "4030014"), (error.StatusCode, error.ResponseCode?.ToString()));
        Assert.Equal("FAILED", Assert.Single(sandbox.Host.Ledger.For("ORDER-2")).Status);
    }

    [Fact]
    public async Task An_order_id_is_used_once()
    {
        await using var sandbox = await Sandbox.StartAsync();
        await sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1"));

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1")));

        Assert.Equal((409, "4090001"), (error.StatusCode, error.ResponseCode?.ToString()));
    }

    [Fact]
    public async Task A_merchant_cannot_see_another_merchants_orders()
    {
        await using var sandbox = await Sandbox.StartAsync(o => o.Merchants["OTHER1"] = "OtherKey");
        await sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1"));
        using var other = Sandbox.SdkFor(sandbox.Host, "OTHER1", "OtherKey");

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => other.Client.CheckStatusAsync("ORDER-1"));

        Assert.Equal("4040101", error.ResponseCode?.ToString());
    }

    [Fact]
    public async Task The_callback_is_retried_until_the_merchant_answers_2xx()
    {
        await using var receiver = await CallbackReceiver.StartAsync(refuseFirst: 2);
        await using var sandbox = await Sandbox.StartAsync();

        await sandbox.PaidOrderAsync("ORDER-1", receiver.Url);
        var body = await receiver.NextAsync();

        Assert.True(sandbox.Verifier.Verify(body).IsValid);
        Assert.Equal(3, receiver.Requests);
        await Eventually.TrueAsync(() => sandbox.Host.CallbackDeliveries.Count == 3, "three delivery attempts recorded");
        var attempts = sandbox.Host.CallbackDeliveries.Where(d => d.OrderId == "ORDER-1").ToList();
        Assert.Equal(new[] { false, false, true }, attempts.Select(a => a.Delivered));
        Assert.Equal(new int?[] { 500, 500, 200 }, attempts.Select(a => a.StatusCode));
    }
}
