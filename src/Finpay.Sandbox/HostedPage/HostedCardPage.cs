using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Finpay.Sandbox.Api;
using Finpay.Sandbox.Cards;
using Finpay.Sandbox.Ledger;
using Finpay.Sandbox.Orders;
using Finpay.Sandbox.Schedules;
using Finpay.Generated.Operations;
using Microsoft.AspNetCore.Http;

namespace Finpay.Sandbox.HostedPage;

/// <summary>
/// The page a customer reaches through initiate's redirect URL. Submitting it with a test card captures the payment, stores
/// the card when the initiate asked for it (TO_BE_STORED, or any recurring initiate), starts the recurring schedule and
/// sends the signed callback.
/// </summary>
internal sealed class HostedCardPage
{
    /// <summary>
    /// Where the page lives: beside the card API's operations, as Finpay's <c>.../card/access/&lt;64 hex&gt;</c>, so its
    /// prefix comes from the operation table like every path the sandbox serves.
    /// </summary>
    public static readonly string PathTemplate =
        "/" + FinpayOperations.Initiate.PathTemplate.Substring(0, FinpayOperations.Initiate.PathTemplate.LastIndexOf('/') + 1) + "access/{token}";

    /// <summary>The page's absolute URL for <paramref name="token"/>, on the host the merchant called.</summary>
    public static string UrlFor(HttpRequest request, string token) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{PathTemplate.Replace("{token}", token)}";

    private readonly OrderBook _orders;
    private readonly CardVault _cards;
    private readonly ChargeLedger _ledger;
    private readonly RecurringBilling _billing;
    private readonly CardApi _api;
    private readonly SandboxClock _clock;

    public HostedCardPage(OrderBook orders, CardVault cards, ChargeLedger ledger, RecurringBilling billing, CardApi api, SandboxClock clock)
    {
        _orders = orders;
        _cards = cards;
        _ledger = ledger;
        _billing = billing;
        _api = api;
        _clock = clock;
    }

    public IResult Show(HttpContext context, string token)
    {
        var order = _orders.FindByPageToken(token);
        if (order is null) return Html(HostedPageHtml.Message("Unknown payment link", "This payment link does not exist."), 404);
        lock (order.Gate)
        {
            order.ExpireIfDue(_clock.Now);
            return order.Status switch
            {
                OrderStatus.Initiated or OrderStatus.Failed => Html(HostedPageHtml.Form(order, context.Request.Path, null), 200),
                OrderStatus.Expired => Html(HostedPageHtml.Message("Payment link expired", $"The link for order {order.Id} expired."), 410),
                _ => Html(HostedPageHtml.Result(order), 200),
            };
        }
    }

    public async Task<IResult> SubmitAsync(HttpContext context, string token)
    {
        var order = _orders.FindByPageToken(token);
        if (order is null) return Html(HostedPageHtml.Message("Unknown payment link", "This payment link does not exist."), 404);
        if (!context.Request.HasFormContentType) return Html(HostedPageHtml.Message("Not a form", "Submit the card form."), 400);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string number = form["cardNumber"].ToString(), expiry = form["expiry"].ToString(), cvv = form["cvv"].ToString();
        string name = form["nameOnCard"].ToString();
        var now = _clock.Now;

        lock (order.Gate)
        {
            order.ExpireIfDue(now);
            if (order.Status == OrderStatus.Expired)
                return Html(HostedPageHtml.Message("Payment link expired", $"The link for order {order.Id} expired."), 410);
            if (order.Status is not (OrderStatus.Initiated or OrderStatus.Failed))
                return Html(HostedPageHtml.Message("Already completed", $"Order {order.Id} is {order.Status}."), 409);

            var problem = CardProblem(number, expiry, cvv, now);
            var card = problem is null ? TestCards.Find(number) : null;
            if (problem is null && card is null) problem = "This is not a sandbox test card: use one from the table below.";
            if (problem is not null)
                return Html(HostedPageHtml.Form(order, context.Request.Path, problem, number, expiry, name), 422);

            Complete(order, card!, now);
            return Html(HostedPageHtml.Result(order), 200);
        }
    }

    private void Complete(SandboxOrder order, TestCard card, DateTimeOffset now)
    {
        order.Card = card;
        order.StatusAt = now;
        if (card.Outcome == TestCardOutcome.Declined)
        {
            order.Status = OrderStatus.Failed;
            order.StatusDescription = "Do not honor";
            _ledger.Record(order.Id, "PAYMENT", order.Amount, order.Currency, OrderStatus.Failed, order.Reference, now, card.Mask, "Do not honor");
            _api.SendCallback(order, order.Status, order.StatusDescription, now, order.Reference, order.Amount);
            return;
        }

        order.Status = OrderStatus.Paid;
        order.StatusDescription = "Payment Success";
        if (order.StoreCard) order.StoredCard = _cards.Store(order.MerchantId, order.Customer.Id, card);
        _ledger.Record(order.Id, "PAYMENT", order.Amount, order.Currency, OrderStatus.Paid, order.Reference, now, card.Mask);
        if (order.Recurring is not null && order.StoredCard is not null)
        {
            order.Subscription = new Subscription(order, order.StoredCard, order.Recurring, now);
            _billing.Start(order.Subscription);
        }

        _api.SendCallback(order, order.Status, order.StatusDescription, now, order.Reference, order.Amount);
    }

    private static string? CardProblem(string number, string expiry, string cvv, DateTimeOffset now)
    {
        var digits = new string(number.Where(c => c != ' ' && c != '-').ToArray());
        if (digits.Length is < 12 or > 19 || !digits.All(char.IsAsciiDigit) || !PassesLuhn(digits))
            return "The card number is not valid.";
        var parts = expiry.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || month is < 1 or > 12 || parts[1].Length != 2)
            return "The expiry date must be MM/YY.";
        if (new DateTimeOffset(2000 + year, month, 1, 0, 0, 0, SandboxClock.JakartaOffset).AddMonths(1) <= now)
            return "The card has expired.";
        if (cvv.Length is < 3 or > 4 || !cvv.All(char.IsAsciiDigit)) return "The CVV is 3 or 4 digits.";
        return null;
    }

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }

        return sum % 10 == 0;
    }

    private static IResult Html(string html, int status) => Results.Content(html, "text/html; charset=utf-8", null, status);
}
