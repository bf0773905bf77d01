using System.Net.Http.Json;
using Finpay.Generated;
using Finpay.Generated.Configuration;
using Finpay.Generated.DependencyInjection;

// Usage: Finpay.Generated.Consumer <sandbox base URL>
// Sets up a stored card in the sandbox, then pays one-click with it through the packaged SDK.
if (args.Length != 1 || !Uri.TryCreate(args[0], UriKind.Absolute, out var sandbox))
{
    Console.Error.WriteLine("usage: Finpay.Generated.Consumer <sandbox base URL>");
    return 2;
}

const string token = "81b36a850c2e40458bad296f952084b516c919ca717d448722782769b81b9fd9";
using (var control = new HttpClient { BaseAddress = sandbox })
{
    var setup = await control.PostAsJsonAsync("provider-states", new { action = "setup", state = "a stored card", @params = new { cardToken = token } });
    setup.EnsureSuccessStatusCode();
}

var finpay = FinpayClientFactory.Create(new FinpayOptions { MerchantId = "FINPAY770", MerchantKey = "SoSecret123", BaseUrl = sandbox });
var orderId = "PKG-" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
var paid = await finpay.PayAsync(new PaymentRequest
{
    Order = new Order { Id = orderId, Amount = "1000", Currency = "IDR", Description = "Packaged SDK check" },
    Customer = new Customer { Email = "hajar.finnet@gmail.com", FirstName = "Hajar", MobilePhone = "+6281286288844" },
    Card = new Card { Token = token, StoredOnFile = "STORED" },
});

Console.WriteLine($"Paid {orderId} through the packaged SDK: responseCode {paid.ResponseCode}, {paid.Data.Type} IDR {paid.Data.Amount}.");
return paid.ResponseCode == "2000000" ? 0 : 1;
