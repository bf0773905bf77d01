using System.Net;
using System.Net.Http.Json;
using Finpay.Generated;
using Finpay.Generated.AspNetCore;
using Finpay.Generated.AspNetCore.Redis;
using Finpay.Generated.Configuration;
using Finpay.Generated.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Usage: Finpay.Generated.Consumer <installed finpay tool> [redis-server executable]
// Starts the installed tool's sandbox (and a redis-server of its own when given), sets up a stored card in the sandbox, then
// pays one-click with it through the packaged SDK; the sandbox's signed callback for that payment arrives at the packaged
// callback endpoint, which verifies it, confirms it, claims it (in that Redis through the packaged Redis store, else in
// memory) and hands it to the handler.
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: Finpay.Generated.Consumer <installed finpay tool> [redis-server executable]");
    return 2;
}

await using var sandboxProcess = await ChildProcess.StartSandboxAsync(args[0]);
await using var redisProcess = args.Length == 2 ? await ChildProcess.StartRedisAsync(args[1]) : null;
var sandbox = new Uri(sandboxProcess.Address);
var redis = redisProcess?.Address;

const string token = "81b36a850c2e40458bad296f952084b516c919ca717d448722782769b81b9fd9";
using (var control = new HttpClient { BaseAddress = sandbox })
{
    var setup = await control.PostAsJsonAsync("provider-states", new { action = "setup", state = "a stored card", @params = new { cardToken = token } });
    setup.EnsureSuccessStatusCode();
}

// The merchant's web app: the README's lines, on 127.0.0.1 and a free port.
var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddFinpay(o => { o.MerchantId = "FINPAY770"; o.MerchantKey = "SoSecret123"; o.BaseUrl = sandbox; });
builder.Services.AddSingleton<ReceivedCallbacks>();
builder.Services.AddFinpayCallbacks<PaymentCallbacks>();
if (redis is not null) builder.Services.AddFinpayRedisCallbackClaims(redis);
await using var app = builder.Build();
app.MapFinpayCallbacks("/finpay/callback");
await app.StartAsync();
var callbackUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/finpay/callback";

var finpay = app.Services.GetRequiredService<IFinpayCardClient>();
var orderId = "PKG-" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
var paid = await finpay.PayAsync(new PaymentRequest
{
    Order = new Order { Id = orderId, Amount = 1000, Currency = "IDR", Description = "Packaged SDK check" },
    Customer = new Customer { Email = "hajar.finnet@gmail.com", FirstName = "Hajar", MobilePhone = "+6281286288844" },
    Card = new Card { Token = token, StoredOnFile = "STORED" },
    Url = new Url { CallbackUrl = callbackUrl },
});
Console.WriteLine($"Paid {orderId} through the packaged SDK: responseCode {paid.ResponseCode}, {paid.Data.Type} IDR {paid.Data.Amount}.");

var received = app.Services.GetRequiredService<ReceivedCallbacks>();
var handled = true;
try
{
    // The callback is an event: wait for it, with a deadline that only turns a hang into a failure.
    await received.First.Task.WaitAsync(TimeSpan.FromSeconds(60));
}
catch (TimeoutException)
{
    handled = false;
}
await app.StopAsync();
if (!handled)
{
    Console.Error.WriteLine($"No callback for {orderId} reached the packaged endpoint's handler within 60 seconds.");
    return 1;
}

var callback = received.First.Task.Result;
Console.WriteLine($"Callback for {callback.Order?.Id} handled by the packaged endpoint ({(redis is null ? "claims in memory" : "claims in Redis")}): " +
                  $"{callback.Result?.Payment?.Status}, reference {callback.Result?.Payment?.Reference}.");
return paid.ResponseCode == "2000000" && callback.Order?.Id == orderId ? 0 : 1;

internal sealed class ReceivedCallbacks
{
    public TaskCompletionSource<Callback> First { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

internal sealed class PaymentCallbacks(ReceivedCallbacks received) : IFinpayCallbackHandler
{
    public Task HandleAsync(FinpayPaymentEvent paymentEvent, CancellationToken cancellationToken)
    {
        received.First.TrySetResult(paymentEvent.Callback);
        return Task.CompletedTask;
    }
}
