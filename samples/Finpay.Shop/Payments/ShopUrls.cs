using System;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Finpay.Shop.Payments;

/// <summary>
/// The addresses Finpay needs: where it POSTs callbacks and where it sends the customer back. Behind a tunnel or a proxy
/// set Shop:PublicUrl to the address Finpay can reach; otherwise the address the customer used is taken.
/// </summary>
public sealed class ShopUrls
{
    /// <summary>The path the callback endpoint is mapped on.</summary>
    public const string CallbackPath = "/finpay/callback";

    private readonly IOptions<ShopOptions> _options;
    private readonly IHttpContextAccessor _http;

    /// <summary>Creates the URL builder.</summary>
    public ShopUrls(IOptions<ShopOptions> options, IHttpContextAccessor http)
    {
        _options = options;
        _http = http;
    }

    /// <summary>Where Finpay POSTs the signed result.</summary>
    public Uri Callback => new(Root, CallbackPath.TrimStart('/'));

    /// <summary>The page the customer returns to, paid or not.</summary>
    public Uri Return(string orderId) => new(Root, "subscriptions/" + Uri.EscapeDataString(orderId));

    /// <summary>The shop's home page.</summary>
    public Uri Home => Root;

    private Uri Root
    {
        get
        {
            if (_options.Value.PublicUrl is { } configured)
                return configured.AbsoluteUri.EndsWith('/') ? configured : new Uri(configured.AbsoluteUri + "/");
            var request = _http.HttpContext?.Request ?? throw new InvalidOperationException("Shop URLs need a request or Shop:PublicUrl.");
            return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        }
    }
}
