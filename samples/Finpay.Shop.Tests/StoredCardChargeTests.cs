using System;
using System.Threading.Tasks;
using Finpay.Sandbox.Cards;
using Finpay.Sandbox.Faults;
using Xunit;

namespace Finpay.Shop.Tests;

/// <summary>Charging the stored card again in one click, when Finpay's answer is lost and when the bank says no.</summary>
public sealed class StoredCardChargeTests
{
    [Fact]
    public async Task A_charge_whose_answer_is_lost_after_Finpay_took_it_is_confirmed_as_approved_and_taken_once()
    {
        await using var shop = await ShopUnderTest.StartAsync();
        var subscription = await shop.SubscribedAsync("pour-over", TestCards.Approved);
        // Finpay charges the card, then the connection drops before its answer reaches the shop.
        shop.Finpay.Faults.Add(new FaultRule { Operation = "pay", Kind = FaultKind.DropConnection, AfterProcessing = true });

        var charge = await shop.ChargeStoredCardAsync(subscription);

        Assert.Empty(shop.Finpay.Faults.Rules);
        Assert.True(charge.Succeeded, charge.Detail);
        Assert.StartsWith("Approved, reference ", charge.Detail, StringComparison.Ordinal);
        var taken = Assert.Single(shop.Finpay.Ledger.For(charge.OrderId));
        Assert.Equal(("ONE_CLICK", "PAID", 149_000m), (taken.Kind, taken.Status, taken.Amount));
        Assert.Equal(charge, Assert.Single(subscription.Charges));
    }

    [Fact]
    public async Task A_charge_the_bank_refuses_is_recorded_as_declined_and_takes_no_money()
    {
        await using var shop = await ShopUnderTest.StartAsync();
        var subscription = await shop.SubscribedAsync("tubruk", TestCards.InsufficientFundsLater);

        var charge = await shop.ChargeStoredCardAsync(subscription);

        Assert.False(charge.Succeeded);
        Assert.StartsWith("Declined: Insufficient Funds", charge.Detail, StringComparison.Ordinal);
        Assert.Equal("FAILED", Assert.Single(shop.Finpay.Ledger.For(charge.OrderId)).Status);
        Assert.Equal(charge, Assert.Single(subscription.Charges));
    }
}
