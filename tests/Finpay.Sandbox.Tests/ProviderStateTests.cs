using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Generated.Errors;
using Xunit;

namespace Finpay.Sandbox.Tests;

public class ProviderStateTests
{
    private static async Task<int> SetAsync(Sandbox sandbox, string json)
    {
        using var response = await sandbox.Http.PostAsync("provider-states", new StringContent(json, Encoding.UTF8, "application/json"));
        return (int)response.StatusCode;
    }

    [Fact]
    public async Task A_paid_order_state_uses_the_seed_order_id_by_default()
    {
        await using var sandbox = await Sandbox.StartAsync();

        Assert.Equal(200, await SetAsync(sandbox, "{\"state\":\"a paid order\"}"));

        Assert.Equal("PAID", (await sandbox.Client.CheckStatusAsync("1686716101151")).Data.Result!.Payment!.Status);
        Assert.Equal("2000000", (await sandbox.Client.VoidAsync("1686716101151")).ResponseCode);
    }

    [Fact]
    public async Task A_stored_card_state_lets_the_seed_payment_through()
    {
        await using var sandbox = await Sandbox.StartAsync();
        Assert.Equal(200, await SetAsync(sandbox, "{\"state\":\"a stored card\",\"params\":{}}"));

        var response = await sandbox.Client.PayAsync(Requests.Pay("1685522307103", "81b36a850c2e40458bad296f952084b516c919ca717d448722782769b81b9fd9"));

        Assert.Equal("2000000", response.ResponseCode);
    }

    [Fact]
    public async Task States_take_params_and_an_initiated_order_cannot_be_voided()
    {
        await using var sandbox = await Sandbox.StartAsync();
        Assert.Equal(200, await SetAsync(sandbox, "{\"state\":\"an initiated order\",\"params\":{\"orderId\":\"PACT-1\",\"amount\":\"5000\"}}"));

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => sandbox.Client.VoidAsync("PACT-1"));

        Assert.Equal("4030015", error.ResponseCode?.ToString());
    }

    [Fact]
    public async Task An_unknown_state_is_refused_with_the_known_names()
    {
        await using var sandbox = await Sandbox.StartAsync();
        using var response = await sandbox.Http.PostAsync("provider-states", new StringContent("{\"state\":\"a unicorn\"}"));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("a paid order with a stored card", await response.Content.ReadAsStringAsync());
    }
}
