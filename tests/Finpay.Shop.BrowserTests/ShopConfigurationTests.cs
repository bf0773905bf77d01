using System.Threading.Tasks;
using Finpay.Generated.Configuration;
using Finpay.Shop.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Finpay.Shop.BrowserTests;

/// <summary>How the shop chooses between the embedded sandbox and Finpay's own hosts.</summary>
public sealed class ShopConfigurationTests
{
    [Fact]
    public async Task With_credentials_the_shop_talks_to_Finpays_development_host_and_starts_no_sandbox()
    {
        await using var app = await ShopApplication.BuildAsync(new[]
        {
            "--urls", "http://127.0.0.1:0", "--Finpay:MerchantId", "FINPAY770", "--Finpay:MerchantKey", "not-a-real-key",
            "--Shop:PublicUrl", "https://shop.example.co.id",
        });

        Assert.Null(app.Services.GetService<EmbeddedSandbox>());
        var finpay = app.Services.GetRequiredService<IOptionsMonitor<FinpayOptions>>().Get(Options.DefaultName);
        Assert.Equal("https://devo.finnet.co.id/", finpay.ResolveBaseUrl().ToString());
    }

    [Fact]
    public async Task With_credentials_but_no_public_url_the_shop_refuses_to_start_and_says_which_setting_is_missing()
    {
        await using var app = await ShopApplication.BuildAsync(new[]
        {
            "--urls", "http://127.0.0.1:0", "--Finpay:MerchantId", "FINPAY770", "--Finpay:MerchantKey", "not-a-real-key",
            "--Logging:LogLevel:Default", "None",
        });

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains("Shop:PublicUrl is required with Finpay credentials", refused.Message);
    }
}
