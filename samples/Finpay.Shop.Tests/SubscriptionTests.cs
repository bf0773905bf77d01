using System.Threading.Tasks;
using Finpay.Sandbox.Cards;
using Finpay.Shop.Subscriptions;
using Xunit;

namespace Finpay.Shop.Tests;

/// <summary>Signing up on Finpay's card page, and what Finpay's callbacks do to the subscription afterwards.</summary>
public sealed class SubscriptionTests
{
    [Fact]
    public async Task Paying_on_Finpays_card_page_activates_the_subscription_and_keeps_the_card()
    {
        await using var shop = await ShopUnderTest.StartAsync();
        var (subscription, cardPage) = await shop.CheckOutAsync("pour-over", Customer.Dewi);

        var pageSays = await Customer.PaysAsync(cardPage, TestCards.Approved);
        var shopAnswered = await shop.CallbackAnswers.NextAsync();

        Assert.Equal("PAID", pageSays);
        Assert.Equal(200, shopAnswered);
        Assert.Equal(SubscriptionState.Active, subscription.State);
        Assert.Equal(TestCards.Approved.Mask, subscription.CardMask);
    }

    [Fact]
    public async Task A_page_renders_the_subscription_as_it_stood_at_one_moment_while_a_callback_changes_it()
    {
        await using var shop = await ShopUnderTest.StartAsync();
        var (subscription, cardPage) = await shop.CheckOutAsync("tubruk", Customer.Dewi);
        var rendering = shop.Subscriptions.Snapshot(subscription.OrderId)!;

        await Customer.PaysAsync(cardPage, TestCards.Declined);
        await shop.CallbackAnswers.NextAsync();
        var next = shop.Subscriptions.Snapshot(subscription.OrderId)!;

        // The page being rendered keeps one state for its heading, its refresh and its buttons; the next one shows the failure.
        Assert.Equal((SubscriptionState.AwaitingPayment, null), (rendering.State, rendering.StatusDescription));
        Assert.Equal((SubscriptionState.PaymentFailed, "Do not honor"), (next.State, next.StatusDescription));
        Assert.NotNull(next.PaymentPage);
    }

    [Fact]
    public async Task A_declined_card_leaves_the_subscription_unpaid_with_the_banks_reason()
    {
        await using var shop = await ShopUnderTest.StartAsync();
        var (subscription, cardPage) = await shop.CheckOutAsync("tubruk", Customer.Dewi);

        var pageSays = await Customer.PaysAsync(cardPage, TestCards.Declined);
        var shopAnswered = await shop.CallbackAnswers.NextAsync();

        Assert.Equal("FAILED", pageSays);
        Assert.Equal(200, shopAnswered);
        Assert.Equal(SubscriptionState.PaymentFailed, subscription.State);
        Assert.Equal("Do not honor", subscription.StatusDescription);
        Assert.Null(subscription.CardMask);
    }

    [Fact]
    public async Task On_the_renewal_date_Finpays_monthly_charge_is_recorded_without_waiting_a_month()
    {
        await using var shop = await ShopUnderTest.StartAsync();
        var subscription = await shop.SubscribedAsync("pour-over", TestCards.Approved);
        var renewalDate = ShopUnderTest.SignUpDay.AddMonths(1);

        shop.Time.SetUtcNow(renewalDate.AddSeconds(-1));
        var paymentsTheSecondBefore = shop.Finpay.Ledger.For(subscription.OrderId).Count;
        // To the moment the charge is due, not past it: the shop's calls while it handles the renewal have time-outs on
        // this clock too, and a longer jump would set them off.
        shop.Time.SetUtcNow(renewalDate);
        var shopAnswered = await shop.CallbackAnswers.NextAsync();

        Assert.Equal(1, paymentsTheSecondBefore);
        Assert.Equal(200, shopAnswered);
        var renewal = Assert.Single(subscription.Charges);
        Assert.Equal((ChargeKinds.Renewal, 149_000m, true), (renewal.Kind, renewal.Amount, renewal.Succeeded));
        Assert.Equal(renewalDate, renewal.At);
        Assert.Equal(SubscriptionState.Active, subscription.State);
    }
}
