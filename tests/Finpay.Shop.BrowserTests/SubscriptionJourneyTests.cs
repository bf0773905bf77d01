using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Finpay.Sandbox.Faults;
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
    private readonly ShopFixture _fixture;

    public SubscriptionJourneyTests(ShopFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Approved_card_makes_the_subscription_active()
    {
        var customer = new Customer(await _fixture.Browser.NewPageAsync());
        await customer.OpenShopAsync(_fixture.Shop.Address);
        await Screenshots.SaveAsync(customer.Page, "shop-plans.png");

        await customer.SubscribeAsync("Pour-over", "Hajar", "Ismail", "hajar@example.co.id", "+62 812 8628 8844", "shop-checkout.png");
        await customer.Page.GetByLabel("Card number").PressSequentiallyAsync(Customer.ApprovedCard);
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
    public async Task Declined_card_shows_the_customer_a_clear_failure_and_another_card_can_be_tried()
    {
        var customer = new Customer(await _fixture.Browser.NewPageAsync());
        await customer.OpenShopAsync(_fixture.Shop.Address);
        await customer.SubscribeAsync("Tubruk", "Budi", "Santoso", "budi@example.co.id", "081234567890");
        await customer.PayAsync(Customer.DeclinedCard, "BUDI SANTOSO");
        await Expect(customer.Page.GetByText("Payment failed: Do not honor")).ToBeVisibleAsync();

        await customer.ReturnToShopAsync();
        await Expect(customer.Page.GetByRole(AriaRole.Heading, new() { Name = "Your payment was declined" })).ToBeVisibleAsync();
        await Expect(customer.Page.Locator("#status")).ToContainTextAsync("Your bank said: “Do not honor”. Nothing was charged");
        await Expect(customer.Page.GetByText("Your subscription is active")).ToHaveCountAsync(0);
        await Expect(customer.Page.GetByRole(AriaRole.Link, new() { Name = "Try another card" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(customer.Page, "shop-payment-declined.png");

        // Another card on the same Finpay page, and the same order becomes an active subscription.
        await customer.Page.GetByRole(AriaRole.Link, new() { Name = "Try another card" }).ClickAsync();
        await customer.PayAsync(Customer.ApprovedCard, "BUDI SANTOSO");
        await customer.ReturnToShopAsync();
        await Expect(customer.Page.GetByRole(AriaRole.Heading, new() { Name = "Your subscription is active" })).ToBeVisibleAsync();
        await customer.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Admin_charges_the_stored_card_in_one_click()
    {
        var customer = new Customer(await _fixture.Browser.NewPageAsync());
        var orderId = await customer.SubscribeWithApprovedCardAsync(_fixture.Shop.Address, "Roastery", "Sari", "Wulandari", "sari@example.co.id", "+6281311112222");

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

    [Fact]
    public async Task Admin_sees_a_declined_one_click_charge_and_nothing_is_recorded_as_paid()
    {
        var customer = new Customer(await _fixture.Browser.NewPageAsync());
        await customer.OpenShopAsync(_fixture.Shop.Address);
        await customer.SubscribeAsync("Tubruk", "Agus", "Pratama", "agus@example.co.id", "+6281298765432");
        await customer.PayAsync("4411 1111 1111 1118", "AGUS PRATAMA"); // approved once; later charges: insufficient funds
        await customer.ReturnToShopAsync();
        await Expect(customer.Page.GetByRole(AriaRole.Heading, new() { Name = "Your subscription is active" })).ToBeVisibleAsync();
        var orderId = await customer.Page.Locator("#order-id").InnerTextAsync();

        var admin = await _fixture.Browser.NewPageAsync();
        await admin.GotoAsync(_fixture.Shop.Address + "admin");
        await admin.Locator($"tr[data-order='{orderId}']").GetByRole(AriaRole.Button, new() { Name = "Charge Rp89.000" }).ClickAsync();

        await Expect(admin.Locator("#charge-result")).ToContainTextAsync($"Not charged: Rp89.000 for order {orderId}-C1. Declined:");
        await Expect(admin.Locator($"tr[data-order='{orderId}']")).ToContainTextAsync("One-click charge Rp89.000: failed");
        await admin.Context.CloseAsync();
        await customer.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_charge_whose_answer_is_lost_is_confirmed_with_Finpay_and_taken_once()
    {
        var customer = new Customer(await _fixture.Browser.NewPageAsync());
        var orderId = await customer.SubscribeWithApprovedCardAsync(_fixture.Shop.Address, "Pour-over", "Rina", "Kusuma", "rina@example.co.id", "+6281355554444");
        // Finpay charges the card, then the connection drops before its answer arrives.
        _fixture.Shop.Sandbox.Faults.Add(new FaultRule { Operation = "pay", Kind = FaultKind.DropConnection, AfterProcessing = true });

        var admin = await _fixture.Browser.NewPageAsync();
        await admin.GotoAsync(_fixture.Shop.Address + "admin");
        await admin.Locator($"tr[data-order='{orderId}']").GetByRole(AriaRole.Button, new() { Name = "Charge Rp149.000" }).ClickAsync();

        await Expect(admin.Locator("#charge-result")).ToContainTextAsync($"Charged: Rp149.000 for order {orderId}-C1. Approved, reference FP-");
        Assert.Single(_fixture.Shop.Sandbox.Ledger.For(orderId + "-C1"));
        await admin.Context.CloseAsync();
        await customer.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_mistyped_mobile_number_keeps_the_customer_on_the_form_with_a_message_naming_the_field()
    {
        var page = await _fixture.Browser.NewPageAsync();
        await page.GotoAsync(_fixture.Shop.Address + "checkout/tubruk");
        await page.GetByLabel("First name").PressSequentiallyAsync("Budi");
        await page.GetByLabel("Last name").PressSequentiallyAsync("Santoso");
        await page.GetByLabel("E-mail").PressSequentiallyAsync("budi@example.co.id");
        await page.GetByLabel("Mobile phone").PressSequentiallyAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to card payment" }).ClickAsync();

        await Expect(page.GetByText("Enter a mobile number like +62 812 3456 7890.")).ToBeVisibleAsync();
        Assert.EndsWith("/checkout/tubruk", page.Url);
        await page.Context.CloseAsync();
    }
}
