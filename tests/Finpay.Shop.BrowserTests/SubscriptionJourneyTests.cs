using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Finpay.Shop.BrowserTests;

/// <summary>
/// The sample shop in headless Chromium, end to end against the embedded Finpay sandbox: the customer subscribes, types a
/// test card on the sandbox's hosted page, comes back, and sees what Finpay's verified callback said.
/// </summary>
public sealed class SubscriptionJourneyTests : IClassFixture<ShopFixture>
{
    private const string ApprovedCard = "4811 1111 1111 1114";
    private const string DeclinedCard = "4911 1111 1111 1113";
    private readonly ShopFixture _fixture;

    public SubscriptionJourneyTests(ShopFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Approved_card_makes_the_subscription_active()
    {
        var customer = new Customer(await _fixture.Browser.NewPageAsync());
        await customer.OpenShopAsync(_fixture.Shop.Address);
        await Screenshots.SaveAsync(customer.Page, "shop-plans.png");

        await customer.SubscribeAsync("Pour-over", "Hajar", "Ismail", "hajar@example.co.id", "+62 812 8628 8844");
        await customer.Page.GetByLabel("Card number").PressSequentiallyAsync(ApprovedCard);
        await customer.Page.GetByLabel("Expiry").PressSequentiallyAsync("12/30");
        await customer.Page.GetByLabel("CVV").PressSequentiallyAsync("123");
        await customer.Page.GetByLabel("Name on card").PressSequentiallyAsync("HAJAR ISMAIL");
        await Screenshots.SaveAsync(customer.Page, "hosted-card-page.png");
        await customer.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Pay IDR 149,000$") }).ClickAsync();
        await Expect(customer.Page.GetByText("Payment approved: Payment Success")).ToBeVisibleAsync();

        await customer.ReturnToShopAsync();
        await Expect(customer.Page.GetByRole(AriaRole.Heading, new() { Name = "Your subscription is active" })).ToBeVisibleAsync();
        await Expect(customer.Page.Locator("#card")).ToHaveTextAsync("481111******1114");
        await Expect(customer.Page.Locator(".facts")).ToContainTextAsync("Pour-over, Rp149.000 / month");
        await Screenshots.SaveAsync(customer.Page, "shop-subscription-active.png");
        await customer.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Declined_card_shows_the_customer_a_clear_failure()
    {
        var customer = new Customer(await _fixture.Browser.NewPageAsync());
        await customer.OpenShopAsync(_fixture.Shop.Address);
        await customer.SubscribeAsync("Tubruk", "Budi", "Santoso", "budi@example.co.id", "081234567890");
        await customer.PayAsync(DeclinedCard, "BUDI SANTOSO");
        await Expect(customer.Page.GetByText("Payment failed: Do not honor")).ToBeVisibleAsync();

        await customer.ReturnToShopAsync();
        await Expect(customer.Page.GetByRole(AriaRole.Heading, new() { Name = "Your payment was declined" })).ToBeVisibleAsync();
        await Expect(customer.Page.Locator("#status")).ToContainTextAsync("Your bank said: “Do not honor”. Nothing was charged");
        await Expect(customer.Page.GetByText("Your subscription is active")).ToHaveCountAsync(0);
        await Expect(customer.Page.GetByRole(AriaRole.Link, new() { Name = "Try another card" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(customer.Page, "shop-payment-declined.png");
        await customer.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Admin_charges_the_stored_card_in_one_click()
    {
        var customer = new Customer(await _fixture.Browser.NewPageAsync());
        await customer.OpenShopAsync(_fixture.Shop.Address);
        await customer.SubscribeAsync("Roastery", "Sari", "Wulandari", "sari@example.co.id", "+6281311112222");
        await customer.PayAsync(ApprovedCard, "SARI WULANDARI");
        await customer.ReturnToShopAsync();
        await Expect(customer.Page.GetByRole(AriaRole.Heading, new() { Name = "Your subscription is active" })).ToBeVisibleAsync();
        var orderId = await customer.Page.Locator("#order-id").InnerTextAsync();

        var admin = await _fixture.Browser.NewPageAsync();
        await admin.GotoAsync(_fixture.Shop.Address + "admin");
        var row = admin.Locator($"tr[data-order='{orderId}']");
        await Expect(row).ToContainTextAsync("Active");
        await row.GetByRole(AriaRole.Button, new() { Name = "Charge Rp329.000" }).ClickAsync();

        await Expect(admin.Locator("#charge-result")).ToContainTextAsync($"Charged: Rp329.000 for order {orderId}-C1. Approved, reference");
        await Expect(admin.Locator($"tr[data-order='{orderId}']")).ToContainTextAsync("One-click charge Rp329.000: paid");
        await Screenshots.SaveAsync(admin, "shop-admin.png");
        await admin.Context.CloseAsync();
        await customer.Page.Context.CloseAsync();
    }
}
