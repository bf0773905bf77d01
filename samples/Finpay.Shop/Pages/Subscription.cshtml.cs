using Finpay.Shop.Subscriptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Finpay.Shop.Pages;

/// <summary>
/// Where Finpay sends the customer back. What it shows comes from the verified callback, never from the return URL, which
/// anyone can type.
/// </summary>
public sealed class SubscriptionModel : PageModel
{
    private readonly SubscriptionStore _store;

    /// <summary>Creates the page.</summary>
    public SubscriptionModel(SubscriptionStore store) => _store = store;

    /// <summary>The subscription shown.</summary>
    public Subscription? Subscription { get; private set; }

    /// <summary>Shows the subscription's state.</summary>
    public IActionResult OnGet(string orderId)
    {
        Subscription = _store.Snapshot(orderId);
        return Subscription is null ? NotFound() : Page();
    }
}
