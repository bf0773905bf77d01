using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Shop.Payments;
using Finpay.Shop.Subscriptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Finpay.Shop.Pages;

/// <summary>The shop owner's view: every subscription, and a one-click charge of a stored card.</summary>
// A real shop puts this page behind its staff sign-in; the sample keeps it open so it runs in one command.
public sealed class AdminModel : PageModel
{
    private readonly SubscriptionStore _store;
    private readonly OneClickCharge _charge;

    /// <summary>Creates the page.</summary>
    public AdminModel(SubscriptionStore store, OneClickCharge charge)
    {
        _store = store;
        _charge = charge;
    }

    /// <summary>Every subscription, newest first.</summary>
    public IReadOnlyList<Subscription> Subscriptions { get; private set; } = new List<Subscription>();

    /// <summary>The charge just taken, shown above the table.</summary>
    public Charge? LastCharge { get; private set; }

    /// <summary>Lists the subscriptions.</summary>
    public void OnGet() => Subscriptions = _store.All();

    /// <summary>Charges the subscription's stored card once.</summary>
    public async Task<IActionResult> OnPostChargeAsync(string orderId, CancellationToken cancellationToken)
    {
        var subscription = _store.Find(orderId);
        if (subscription is null || subscription.State != SubscriptionState.Active) return NotFound();
        LastCharge = await _charge.ChargeAsync(subscription, cancellationToken);
        Subscriptions = _store.All();
        return Page();
    }
}
