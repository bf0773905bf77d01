using System.Threading.Tasks;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.ReliabilityTests.Sandbox;

/// <summary>The shared sandbox fixture with the test merchant and a stored card every one-click payment uses.</summary>
internal static class StoredCardSandbox
{
    /// <summary>The token of the stored card every payment uses (the seed token, an approved VISA).</summary>
    public static string CardToken => RequestFactory.StoredCardToken;

    public static async Task<SandboxFixture> StartAsync()
    {
        var sandbox = await SandboxFixture.StartAsync(options => options.Merchants[TestClients.MerchantId] = TestClients.MerchantKey);
        await sandbox.StoreCardAsync(CardToken);
        return sandbox;
    }

    public static PaymentRequest Payment(string orderId, decimal amount = 1000)
    {
        var request = RequestFactory.OneClickPayment();
        request.Order.Id = orderId;
        request.Order.Amount = amount;
        return request;
    }
}
