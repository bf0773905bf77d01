using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Finpay.Testing.Fixtures;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Finpay.Shop.BrowserTests;

/// <summary>
/// A month later: the sandbox's recurring schedule charges the stored card and Finpay sends a callback for the same order
/// id again. The shop must record it as a renewal, once. A class of its own, because it moves the sandbox's clock.
/// </summary>
public sealed class RenewalTests : IClassFixture<ShopFixture>
{
    private readonly ShopFixture _fixture;

    public RenewalTests(ShopFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task A_monthly_charge_shows_on_the_admin_page_once()
    {
        var customer = new Customer(await _fixture.Browser.NewPageAsync());
        var orderId = await customer.SubscribeWithApprovedCardAsync(_fixture.Shop.Address, "Pour-over", "Dewi", "Lestari", "dewi@example.co.id", "+6285712345678");

        var charges = _fixture.Shop.Sandbox.AdvanceClock(TimeSpan.FromDays(32));
        Assert.Single(charges);

        // The renewal's callback arrives on its own time: wait until the shop acknowledged it (it answers 2xx only once its
        // handler recorded the charge), then the admin page shows it on the first load.
        var sandbox = _fixture.Shop.Sandbox;
        await Eventually.TrueAsync(() => sandbox.CallbackDeliveries.Count(d => d.OrderId == orderId && d.Delivered) >= 2,
            "the shop to acknowledge the renewal's callback");
        var admin = await _fixture.Browser.NewPageAsync();
        var row = admin.Locator($"tr[data-order='{orderId}']");
        await admin.GotoAsync(_fixture.Shop.Address + "admin");

        await Expect(row.Locator(".charges li")).ToHaveTextAsync("Monthly renewal Rp149.000: paid");
        await admin.Context.CloseAsync();
        await customer.Page.Context.CloseAsync();
    }
}
