using System.Linq;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Generated.Errors;
using Finpay.Sandbox.Cards;
using Xunit;

namespace Finpay.Sandbox.Tests;

public class OrderOperationTests
{
    [Fact]
    public async Task Voiding_an_unpaid_order_answers_4030015()
    {
        await using var sandbox = await Sandbox.StartAsync();
        await sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1"));

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => sandbox.Client.VoidAsync("ORDER-1"));

        Assert.Equal((403, "4030015"), (error.StatusCode, error.ResponseCode?.ToString()));
        Assert.StartsWith("Transaction Not Permitted", error.ResponseMessage);
    }

    [Fact]
    public async Task Voiding_a_paid_order_cancels_it_and_records_the_void()
    {
        await using var sandbox = await Sandbox.StartAsync();
        await sandbox.PaidOrderAsync("ORDER-1");

        var response = await sandbox.Client.VoidAsync("ORDER-1");

        Assert.Equal("2000000", response.ResponseCode);
        Assert.Equal("CANCELLED", response.Data!.Result!.Payment!.Status);
        Assert.Equal(new[] { "PAYMENT", "VOID" }, sandbox.Host.Ledger.For("ORDER-1").Select(e => e.Kind));
        var again = await Assert.ThrowsAsync<FinpayApiException>(() => sandbox.Client.VoidAsync("ORDER-1"));
        Assert.Equal("4040100", again.ResponseCode?.ToString());
    }

    [Fact]
    public async Task Cancelling_an_initiated_order_closes_its_hosted_page()
    {
        await using var sandbox = await Sandbox.StartAsync();
        var initiate = await sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1"));

        var response = await sandbox.Client.CancelAsync("ORDER-1");
        var (status, _) = await HostedPageCustomer.PayAsync(new System.Uri(initiate.RedirectUrl), TestCards.Approved.Number);

        Assert.Equal("CANCELLED", response.Data!.Result!.Payment!.Status);
        Assert.Equal(409, status);
    }

    [Fact]
    public async Task Cancelling_a_paid_order_answers_4040100_invalid_status()
    {
        await using var sandbox = await Sandbox.StartAsync();
        await sandbox.PaidOrderAsync("ORDER-1");

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => sandbox.Client.CancelAsync("ORDER-1"));

        Assert.Equal((404, "4040100"), (error.StatusCode, error.ResponseCode?.ToString()));
        Assert.Contains("void or refund", error.ResponseMessage);
    }

    [Fact]
    public async Task Refunds_move_a_paid_order_to_partly_then_fully_refunded_and_never_past_the_amount()
    {
        await using var sandbox = await Sandbox.StartAsync();
        await sandbox.PaidOrderAsync("ORDER-1", amount: 10000);

        var partly = await sandbox.Client.RefundAsync(new RefundRequest { Order = new RefundOrder { Id = "ORDER-1", Amount = 4000 } });
        var tooMuch = await Assert.ThrowsAsync<FinpayApiException>(
            () => sandbox.Client.RefundAsync(new RefundRequest { Order = new RefundOrder { Id = "ORDER-1", Amount = 6001 } }));
        var fully = await sandbox.Client.RefundAsync(new RefundRequest { Order = new RefundOrder { Id = "ORDER-1", Amount = 6000 } });

        Assert.Equal("PARTIALLY_REFUNDED", partly.Data!.Result!.Payment!.Status);
        Assert.Equal("4030015", tooMuch.ResponseCode?.ToString());
        Assert.Equal("REFUNDED", fully.Data!.Result!.Payment!.Status);
        Assert.Equal(new[] { 10000m, 4000m, 6000m }, sandbox.Host.Ledger.For("ORDER-1").Select(e => e.Amount));
    }

    [Fact]
    public async Task Refunding_an_unpaid_order_answers_4030015()
    {
        await using var sandbox = await Sandbox.StartAsync();
        await sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1"));

        var error = await Assert.ThrowsAsync<FinpayApiException>(
            () => sandbox.Client.RefundAsync(new RefundRequest { Order = new RefundOrder { Id = "ORDER-1", Amount = 1 } }));

        Assert.Equal("4030015", error.ResponseCode?.ToString());
    }

    [Fact]
    public async Task Checking_an_unknown_order_answers_4040101()
    {
        await using var sandbox = await Sandbox.StartAsync();

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => sandbox.Client.CheckStatusAsync("NOPE"));

        Assert.Equal((404, "4040101"), (error.StatusCode, error.ResponseCode?.ToString()));
    }

    [Fact]
    public async Task A_deleted_card_no_longer_pays_and_cannot_be_deleted_twice()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync();
        await sandbox.PaidOrderAsync("ORDER-1", receiver.Url, recurring: Requests.MonthlyTwice());
        var token = sandbox.Verifier.Verify(await receiver.NextAsync()).Callback!.Card!.Token!;

        var deleted = await sandbox.Client.DeleteCardAsync(token);
        var pay = await Assert.ThrowsAsync<FinpayApiException>(() => sandbox.Client.PayAsync(Requests.Pay("ORDER-2", token)));
        var twice = await Assert.ThrowsAsync<FinpayApiException>(() => sandbox.Client.DeleteCardAsync(token));

        Assert.Equal("2000000", deleted.ResponseCode);
        Assert.Equal("4040111", pay.ResponseCode?.ToString());
        Assert.Equal("4040111", twice.ResponseCode?.ToString());
    }

    [Fact]
    public async Task An_unpaid_order_expires_when_the_clock_passes_its_timeout()
    {
        await using var sandbox = await Sandbox.StartAsync();
        var request = Requests.Initiate("ORDER-1");
        request.Order.Timeout = "30";
        await sandbox.Client.InitiateAsync(request);

        sandbox.Host.AdvanceClock(System.TimeSpan.FromMinutes(31));

        Assert.Equal("EXPIRED", (await sandbox.Client.CheckStatusAsync("ORDER-1")).Data.Result!.Payment!.Status);
    }
}
