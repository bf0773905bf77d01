using System.Threading.Tasks;
using Xunit;

namespace Finpay.Shop.BrowserTests;

/// <summary>One running shop (with its sandbox) and one Chromium for a test class; each test opens its own browser context.</summary>
public sealed class ShopFixture : IAsyncLifetime
{
    private RunningShop? _shop;
    private Browser? _browser;

    internal RunningShop Shop => _shop!;

    internal Browser Browser => _browser!;

    public async Task InitializeAsync()
    {
        _shop = await RunningShop.StartAsync();
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        if (_shop is not null) await _shop.DisposeAsync();
    }
}
