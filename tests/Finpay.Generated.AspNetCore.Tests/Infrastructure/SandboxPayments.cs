using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Finpay.Generated.Configuration;
using Finpay.Generated.DependencyInjection;
using Finpay.Sandbox;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.AspNetCore.Tests.Infrastructure;

/// <summary>Makes the sandbox send real signed callbacks: a one-click payment, or a recurring subscription paid on the hosted page.</summary>
internal static class SandboxPayments
{
    public const string StoredCardToken = "81b36a850c2e40458bad296f952084b516c919ca717d448722782769b81b9fd9";

    /// <summary>A sandbox whose callback retries come quickly (0, 100, 200, 400, 800 ms, 1.6 s, 3.2 s).</summary>
    public static async Task<SandboxHost> StartSandboxAsync(Action<SandboxOptions>? configure = null) =>
        (await SandboxFixture.StartAsync(configure)).Host;

    public static IFinpayCardClient Client(SandboxHost sandbox) =>
        FinpayClientFactory.Create(new FinpayOptions { MerchantId = sandbox.MerchantId, MerchantKey = sandbox.MerchantKey, BaseUrl = sandbox.BaseAddress, MaxRetries = 0 });

    /// <summary>Pays one-click with a stored card; the sandbox then POSTs the signed callback to <paramref name="callbackUrl"/>.</summary>
    public static async Task<string> PayOneClickAsync(SandboxHost sandbox, Uri callbackUrl, string? orderId = null)
    {
        using (var control = new HttpClient { BaseAddress = sandbox.BaseAddress })
        {
            var setup = await control.PostAsJsonAsync("provider-states", new { action = "setup", state = "a stored card", @params = new { cardToken = StoredCardToken } });
            setup.EnsureSuccessStatusCode();
        }

        orderId ??= "CB-" + Guid.NewGuid().ToString("N")[..20];
        await Client(sandbox).PayAsync(new PaymentRequest
        {
            Order = new Order { Id = orderId, Amount = 1000, Currency = "IDR", Description = "Callback test" },
            Customer = new Customer { Id = "hajar.finnet@gmail.com", Email = "hajar.finnet@gmail.com", FirstName = "Hajar", MobilePhone = "+6281286288844" },
            Card = new Card { Token = StoredCardToken, StoredOnFile = "STORED" },
            Url = new Url { CallbackUrl = callbackUrl.ToString() },
        });
        return orderId;
    }

    /// <summary>Initiates a monthly subscription and pays its hosted page with the approved test card, as a customer would.</summary>
    public static Task<string> SubscribeAsync(SandboxHost sandbox, Uri callbackUrl, string orderId) =>
        PayOnHostedPageAsync(Client(sandbox), callbackUrl, orderId);

    /// <summary>Initiates as the given merchant's client and pays the hosted page with the approved test card.</summary>
    public static async Task<string> PayOnHostedPageAsync(IFinpayCardClient client, Uri callbackUrl, string orderId)
    {
        var page = await client.InitiateAsync(new InitiateRequest
        {
            Order = new Order { Id = orderId, Amount = 1000, Currency = "IDR", Description = "Monthly plan" },
            Customer = new Customer { Id = "hajar.finnet@gmail.com", Email = "hajar.finnet@gmail.com", FirstName = "Hajar", MobilePhone = "+6281286288844" },
            Url = new Url { CallbackUrl = callbackUrl.ToString() },
            Recurring = new Recurring { Type = RecurringType.PURCHASE, Id = "plan-1", Amount = 1000, Interval = "1", IntervalUnit = "monthly", MaxInterval = "2" },
            SourceOfFunds = new SourceOfFunds { Type = "cc" },
        });

        using var http = new HttpClient();
        var redirect = new Uri(page.RedirectUrl);
        var html = await http.GetStringAsync(redirect);
        var action = Regex.Match(html, "<form[^>]*action=\"([^\"]+)\"").Groups[1].Value;
        var fields = new Dictionary<string, string>();
        foreach (Match hidden in Regex.Matches(html, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\""))
            fields[hidden.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(hidden.Groups[2].Value);
        fields["cardNumber"] = "4811111111111114";
        fields["expiry"] = "12/39";
        fields["cvv"] = "123";
        fields["nameOnCard"] = "HAJAR ISMAIL";
        using var submitted = await http.PostAsync(new Uri(redirect, action), new FormUrlEncodedContent(fields));
        submitted.EnsureSuccessStatusCode();
        return orderId;
    }
}
