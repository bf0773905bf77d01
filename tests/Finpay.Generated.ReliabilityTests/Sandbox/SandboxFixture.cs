using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Finpay.Sandbox;
using Finpay.Sandbox.Ledger;
using System.Collections.Generic;
using System.Linq;

namespace Finpay.Generated.ReliabilityTests.Sandbox;

/// <summary>An in-process Finpay sandbox on 127.0.0.1 with a stored card, for one test. Dispose it to stop it.</summary>
internal sealed class SandboxFixture : IAsyncDisposable
{
    private SandboxFixture(SandboxHost host) => Host = host;

    public SandboxHost Host { get; }

    /// <summary>The token of the stored card every payment uses (the seed token, an approved VISA).</summary>
    public static string CardToken => RequestFactory.StoredCardToken;

    public static async Task<SandboxFixture> StartAsync()
    {
        var options = new SandboxOptions();
        options.Merchants[TestClients.MerchantId] = TestClients.MerchantKey;
        var host = await SandboxHost.StartAsync(options);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var state = new StringContent("{\"state\":\"a stored card\",\"params\":{\"cardToken\":\"" + CardToken + "\"}}", Encoding.UTF8, "application/json");
        (await http.PostAsync("provider-states", state)).EnsureSuccessStatusCode();
        return new SandboxFixture(host);
    }

    /// <summary>Charges (money taken from a card) per order id; refunds and voids are not charges.</summary>
    public IReadOnlyDictionary<string, int> ChargesPerOrder() => Host.Ledger.All
        .Where(e => e.Kind is "PAYMENT" or "ONE_CLICK" or "RECURRING")
        .GroupBy(e => e.OrderId)
        .ToDictionary(g => g.Key, g => g.Count());

    public static PaymentRequest Payment(string orderId, string amount = "1000")
    {
        var request = RequestFactory.OneClickPayment();
        request.Order.Id = orderId;
        request.Order.Amount = amount;
        return request;
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
