using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Validation;
using Finpay.Shop.Catalog;
using Finpay.Shop.Payments;
using Finpay.Shop.Subscriptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace Finpay.Shop.Pages;

/// <summary>The customer's details, then off to Finpay's card page.</summary>
public sealed partial class CheckoutModel : PageModel
{
    private readonly SubscriptionStore _store;
    private readonly SubscriptionCheckout _checkout;
    private readonly ILogger<CheckoutModel> _logger;

    /// <summary>Creates the page.</summary>
    public CheckoutModel(SubscriptionStore store, SubscriptionCheckout checkout, ILogger<CheckoutModel> logger)
    {
        _store = store;
        _checkout = checkout;
        _logger = logger;
    }

    /// <summary>The plan being bought.</summary>
    public Plan? Plan { get; private set; }

    /// <summary>What went wrong with the payment provider, in words for the customer.</summary>
    public string? Problem { get; private set; }

    /// <summary>The form.</summary>
    [BindProperty]
    public CheckoutInput Input { get; set; } = new();

    /// <summary>Shows the form.</summary>
    public IActionResult OnGet(string planId)
    {
        Plan = PlanCatalog.Find(planId);
        return Plan is null ? NotFound() : Page();
    }

    /// <summary>Creates the subscription and sends the customer to Finpay's card page.</summary>
    public async Task<IActionResult> OnPostAsync(string planId, CancellationToken cancellationToken)
    {
        Plan = PlanCatalog.Find(planId);
        if (Plan is null) return NotFound();
        if (!ModelState.IsValid) return Page();

        var phone = new string(Input.MobilePhone!.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        var customer = new CustomerDetails(Input.FirstName!.Trim(), Input.LastName!.Trim(), Input.Email!.Trim(), phone);
        var subscription = _store.Create(Plan, customer);
        try
        {
            var page = await _checkout.StartAsync(subscription, cancellationToken);
            return Redirect(page.ToString());
        }
        catch (FinpayValidationException invalid)
        {
            // The SDK refused to send it: the message names each field and rule, and holds no secret.
            LogNotSent(_logger, subscription.OrderId, invalid.Message);
            Problem = "Some of your details were not accepted by the payment provider: " +
                      string.Join("; ", invalid.Errors.Select(e => e.ToString())) + ".";
        }
        catch (FinpayException failure)
        {
            LogNotStarted(_logger, subscription.OrderId, failure.Message);
            Problem = "We could not reach the payment provider just now. Nothing was charged; please try again in a minute.";
        }

        return Page();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkout {OrderId} not sent: {Reason}")]
    private static partial void LogNotSent(ILogger logger, string orderId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checkout {OrderId} failed at Finpay: {Reason}")]
    private static partial void LogNotStarted(ILogger logger, string orderId, string reason);
}
