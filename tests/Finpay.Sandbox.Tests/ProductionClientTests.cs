using System;
using System.Linq;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Generated.Configuration;
using Finpay.Generated.DependencyInjection;
using Finpay.Generated.Errors;
using Finpay.Sandbox.Cards;
using Xunit;

namespace Finpay.Sandbox.Tests;

/// <summary>The SDK's production client (options, factory, error mapping) against the sandbox, every operation.</summary>
public class ProductionClientTests
{
    private static IFinpayCardClient ClientFor(SandboxHost host) => FinpayClientFactory.Create(new FinpayOptions
    {
        MerchantId = host.MerchantId,
        MerchantKey = host.MerchantKey,
        BaseUrl = host.BaseAddress,
        MaxRetries = 0,
    });

    [Fact]
    public async Task Every_operation_works_through_the_production_client()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync();
        var finpay = ClientFor(sandbox.Host);

        var initiated = await finpay.InitiateAsync(Requests.Initiate("ORDER-1", receiver.Url, Requests.MonthlyTwice()));
        var (_, page) = await HostedPageCustomer.PayAsync(new Uri(initiated.RedirectUrl), TestCards.Approved.Number);
        var token = sandbox.Verifier.Verify(await receiver.NextAsync()).Callback!.Card!.Token!;
        var paid = await finpay.PayAsync(Requests.Pay("ORDER-2", token, amount: 3000));
        var checkedOrder = await finpay.CheckStatusAsync("ORDER-2");
        var refunded = await finpay.RefundAsync(new RefundRequest { Order = new RefundOrder { Id = "ORDER-2", Amount = 1000 } });
        var voided = await finpay.VoidAsync("ORDER-1");
        await finpay.InitiateAsync(Requests.Initiate("ORDER-3"));
        var cancelled = await finpay.CancelAsync("ORDER-3");
        var deleted = await finpay.DeleteCardAsync(token);

        Assert.Equal("PAID", HostedPageCustomer.ResultStatus(page));
        Assert.Equal(3000m, paid.Data.Amount);
        Assert.Equal("PAID", checkedOrder.Data.Result!.Payment!.Status);
        Assert.Equal("PARTIALLY_REFUNDED", refunded.Data!.Result!.Payment!.Status);
        Assert.Equal("CANCELLED", voided.Data!.Result!.Payment!.Status);
        Assert.Equal("CANCELLED", cancelled.Data!.Result!.Payment!.Status);
        Assert.Equal("2000000", deleted.ResponseCode);
    }

    [Fact]
    public async Task Finpays_documented_error_reaches_the_caller_as_a_FinpayApiException()
    {
        await using var sandbox = await Sandbox.StartAsync();
        var finpay = ClientFor(sandbox.Host);
        await finpay.InitiateAsync(Requests.Initiate("ORDER-1"));

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => finpay.VoidAsync("ORDER-1"));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal("4030015", error.ResponseCode?.ToString());
        Assert.StartsWith("Transaction Not Permitted", error.ResponseMessage);
        Assert.NotNull(error.TraceId);
    }

    [Fact]
    public async Task A_payment_whose_answer_was_lost_is_not_sent_again()
    {
        await using var sandbox = await Sandbox.StartAsync();
        var finpay = FinpayClientFactory.Create(new FinpayOptions
        {
            MerchantId = sandbox.Host.MerchantId, MerchantKey = sandbox.Host.MerchantKey, BaseUrl = sandbox.Host.BaseAddress, MaxRetries = 3,
            RetryDelay = TimeSpan.FromMilliseconds(10),
        });
        sandbox.Host.Faults.Add(new Faults.FaultRule { Operation = "initiate", Kind = Faults.FaultKind.DropConnection, AfterProcessing = true, Times = 5 });

        await Assert.ThrowsAnyAsync<FinpayException>(() => finpay.InitiateAsync(Requests.Initiate("ORDER-1")));

        // The rule counts the requests that reached the sandbox: exactly one.
        Assert.Equal(4, Assert.Single(sandbox.Host.Faults.Rules).Times);
        Assert.Equal("INITIATED", (await sandbox.Client.CheckStatusAsync("ORDER-1")).Data.Result!.Payment!.Status);
    }
}
