using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Stripe;

namespace Finpay.Generated.Benchmarks.Peer;

/// <summary>
/// The best-known peer on the same loopback server: Stripe.net's <c>PaymentIntentService.CreateAsync</c> for a confirmed
/// card payment of the same amount, answered with a realistic PaymentIntent. Stripe.net as its docs wire it (a
/// <see cref="StripeClient"/> over its <see cref="SystemNetHttpClient"/>, default retries and telemetry).
/// </summary>
internal sealed class StripePeer : IDisposable
{
    private readonly HttpClient _http;
    private readonly PaymentIntentService _paymentIntents;
    private readonly PaymentIntentCreateOptions _options = new()
    {
        Amount = 1000,
        Currency = "idr",
        Customer = "cus_RYm6r8l7b3ZPqk",
        PaymentMethod = "pm_1QfT8wLkdIwHu7ixH2d5yVbN",
        Confirm = true,
        OffSession = true,
        Description = "One-click payment with a stored card",
        ReceiptEmail = "hajar.finnet@gmail.com",
        Metadata = new Dictionary<string, string> { ["order_id"] = "1686716101151" },
    };

    public StripePeer(Uri baseAddress)
    {
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue });
        var client = new StripeClient("sk_test_benchmark", httpClient: new SystemNetHttpClient(_http), apiBase: baseAddress.ToString().TrimEnd('/'));
        _paymentIntents = new PaymentIntentService(client);
    }

    public Task<PaymentIntent> PayAsync() => _paymentIntents.CreateAsync(_options, cancellationToken: CancellationToken.None);

    public void Dispose() => _http.Dispose();
}
