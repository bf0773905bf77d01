using Finpay.Shop;

await using var app = await ShopApplication.BuildAsync(args);
await app.RunAsync();
