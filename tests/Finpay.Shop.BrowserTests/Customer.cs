using System;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Finpay.Shop.BrowserTests;

/// <summary>What a customer does in the browser: pick a plan, type their details, type a card on Finpay's page, come back.</summary>
internal sealed class Customer
{
    /// <summary>The sandbox's always-approved VISA test card.</summary>
    public const string ApprovedCard = "4811 1111 1111 1114";

    /// <summary>The sandbox's test card the bank declines ("Do not honor").</summary>
    public const string DeclinedCard = "4911 1111 1111 1113";

    private readonly IPage _page;

    public Customer(IPage page) => _page = page;

    public IPage Page => _page;

    public async Task OpenShopAsync(Uri shop)
    {
        await _page.GotoAsync(shop.ToString());
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Indonesian coffee, roasted to order" })).ToBeVisibleAsync();
    }

    /// <summary>From the plans page to Finpay's hosted card page.</summary>
    public async Task SubscribeAsync(string plan, string firstName, string lastName, string email, string mobile, string? screenshot = null)
    {
        await _page.GetByRole(AriaRole.Link, new() { Name = "Subscribe to " + plan }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Subscribe to " + plan })).ToBeVisibleAsync();
        await _page.GetByLabel("First name").PressSequentiallyAsync(firstName);
        await _page.GetByLabel("Last name").PressSequentiallyAsync(lastName);
        await _page.GetByLabel("E-mail").PressSequentiallyAsync(email);
        await _page.GetByLabel("Mobile phone").PressSequentiallyAsync(mobile);
        if (screenshot is not null) await Screenshots.SaveAsync(_page, screenshot);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Continue to card payment" }).ClickAsync();
        await Expect(_page).ToHaveURLAsync(new Regex("/card/access/"));
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Card payment" })).ToBeVisibleAsync();
    }

    /// <summary>Types the card into Finpay's hosted page and pays.</summary>
    public async Task PayAsync(string cardNumber, string nameOnCard)
    {
        await _page.GetByLabel("Card number").PressSequentiallyAsync(cardNumber);
        await _page.GetByLabel("Expiry").PressSequentiallyAsync("12/30");
        await _page.GetByLabel("CVV").PressSequentiallyAsync("123");
        await _page.GetByLabel("Name on card").PressSequentiallyAsync(nameOnCard);
        await _page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Pay ") }).ClickAsync();
    }

    /// <summary>The whole happy path: subscribe, pay with the approved test card, come back active. Returns the order id.</summary>
    public async Task<string> SubscribeWithApprovedCardAsync(Uri shop, string plan, string firstName, string lastName, string email, string mobile)
    {
        await OpenShopAsync(shop);
        await SubscribeAsync(plan, firstName, lastName, email, mobile);
        await PayAsync(ApprovedCard, (firstName + " " + lastName).ToUpperInvariant());
        await ReturnToShopAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Your subscription is active" })).ToBeVisibleAsync();
        return await _page.Locator("#order-id").InnerTextAsync();
    }

    public async Task ReturnToShopAsync()
    {
        await _page.GetByRole(AriaRole.Link, new() { Name = "Return to the merchant" }).ClickAsync();
        // The address is what proves the return: WaitForURL, once the address already matches, waits for a load state, and
        // the subscription page, reloading until the callback arrives, may never reach one.
        await Expect(_page).ToHaveURLAsync(new Regex("/subscriptions/"));
    }
}
