using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Finpay.Sandbox;

namespace Finpay.Testing.Fixtures;

/// <summary>
/// An in-process Finpay sandbox on 127.0.0.1 port 0 for one test, with callback retries that come quickly. Dispose it to
/// stop the sandbox and its callback deliveries.
/// </summary>
public sealed class SandboxFixture : IAsyncDisposable
{
    /// <summary>Callback retry delays for tests: the sandbox's schedule, compressed to milliseconds.</summary>
    public static readonly IReadOnlyList<TimeSpan> QuickCallbackRetries =
        new[] { 0, 100, 200, 400, 800, 1600, 3200 }.Select(ms => TimeSpan.FromMilliseconds(ms)).ToArray();

    private SandboxFixture(SandboxHost host) => Host = host;

    public SandboxHost Host { get; }

    public Uri BaseAddress => Host.BaseAddress;

    /// <summary>Starts a sandbox; <paramref name="configure"/> sees the quick callback retries already set and may change them.</summary>
    public static async Task<SandboxFixture> StartAsync(Action<SandboxOptions>? configure = null)
    {
        var options = new SandboxOptions();
        options.CallbackRetryDelays.Clear();
        foreach (var delay in QuickCallbackRetries) options.CallbackRetryDelays.Add(delay);
        configure?.Invoke(options);
        return new SandboxFixture(await SandboxHost.StartAsync(options));
    }

    /// <summary>Sets the provider state "a stored card" so one-click payments with <paramref name="cardToken"/> are approved.</summary>
    public async Task StoreCardAsync(string cardToken)
    {
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        using var state = new StringContent("{\"state\":\"a stored card\",\"params\":{\"cardToken\":\"" + cardToken + "\"}}", Encoding.UTF8, "application/json");
        (await http.PostAsync(new Uri("provider-states", UriKind.Relative), state)).EnsureSuccessStatusCode();
    }

    /// <summary>Charges (money taken from a card) per order id; refunds and voids are not charges.</summary>
    public IReadOnlyDictionary<string, int> ChargesPerOrder() => Host.Ledger.All
        .Where(e => e.Kind is "PAYMENT" or "ONE_CLICK" or "RECURRING")
        .GroupBy(e => e.OrderId)
        .ToDictionary(g => g.Key, g => g.Count());

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
