using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Generated.Values;
using Finpay.Shop.Subscriptions;

namespace Finpay.Shop.Payments;

/// <summary>
/// Starts a subscription: a recurring initiate for the plan's monthly price, which stores the card and lets Finpay bill it
/// every month. Returns Finpay's hosted card page, where the customer types the card (the shop never sees the number).
/// </summary>
public sealed class SubscriptionCheckout
{
    private static readonly TimeSpan JakartaOffset = TimeSpan.FromHours(7);
    private readonly IFinpayCardClient _finpay;
    private readonly SubscriptionStore _store;
    private readonly ShopUrls _urls;
    private readonly TimeProvider _time;

    /// <summary>Creates the checkout.</summary>
    public SubscriptionCheckout(IFinpayCardClient finpay, SubscriptionStore store, ShopUrls urls, TimeProvider time)
    {
        _finpay = finpay;
        _store = store;
        _urls = urls;
        _time = time;
    }

    /// <summary>Creates the subscription and asks Finpay for the payment page the customer must be sent to.</summary>
    public async Task<Uri> StartAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var customer = subscription.Customer;
        var price = subscription.Plan.MonthlyPrice;
        var today = _time.GetUtcNow().ToOffset(JakartaOffset);
        var returnUrl = _urls.Return(subscription.OrderId).ToString();
        var request = new InitiateRequest
        {
            Customer = new Customer
            {
                Id = customer.Email,
                Email = customer.Email,
                FirstName = customer.FirstName,
                LastName = customer.LastName,
                MobilePhone = customer.MobilePhone,
            },
            Order = new Order
            {
                Id = subscription.OrderId,
                Amount = price,
                Currency = "IDR",
                Description = $"{ShopBrand.Name} {subscription.Plan.Name}, monthly",
            },
            Recurring = new Recurring
            {
                Type = RecurringType.PURCHASE,
                Id = "SUB-" + subscription.OrderId,
                Amount = price,
                Interval = "1",
                IntervalUnit = IntervalUnit.Monthly,
                MaxInterval = "12",
                StartDate = today.AddMonths(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                EndDate = today.AddMonths(12).ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                Retry = new RecurringRetry { Interval = "1", IntervalUnit = "days", MaxInterval = "3" },
            },
            Url = new Url
            {
                CallbackUrl = _urls.Callback.ToString(),
                SuccessUrl = returnUrl,
                FailUrl = returnUrl,
                BackUrl = _urls.Home.ToString(),
            },
            SourceOfFunds = new SourceOfFunds { Type = SourceOfFundsType.Card },
        };

        var page = await _finpay.InitiateAsync(request, cancellationToken).ConfigureAwait(false);
        var pageUrl = new Uri(page.RedirectUrl);
        _store.SetPaymentPage(subscription, pageUrl);
        return pageUrl;
    }
}
