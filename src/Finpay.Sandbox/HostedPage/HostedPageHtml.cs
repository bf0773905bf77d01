using System.Globalization;
using System.Linq;
using System.Text;
using Finpay.Sandbox.Cards;
using Finpay.Sandbox.Orders;
using static System.Net.WebUtility;

namespace Finpay.Sandbox.HostedPage;

/// <summary>The hosted card page's HTML: a plain form (no script needed), the test cards, and the result page.</summary>
internal static class HostedPageHtml
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1f2933}" +
        "label{display:block;margin:.6rem 0}input{display:block;width:100%;padding:.4rem;font-size:1rem;box-sizing:border-box}" +
        "button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem}.error{color:#b00020}table{border-collapse:collapse;margin-top:1.5rem}" +
        "td,th{border:1px solid #ccd;padding:.3rem .5rem;font-size:.9rem;text-align:left}";

    public static string Form(SandboxOrder order, string action, string? error, string? cardNumber = null, string? expiry = null, string? name = null)
    {
        var html = Start("Card payment");
        html.Append("<p>Order <strong id=\"order-id\">").Append(HtmlEncode(order.Id)).Append("</strong> &middot; ")
            .Append(HtmlEncode(order.Currency)).Append(' ').Append(order.Amount.ToString("N0", CultureInfo.InvariantCulture));
        if (order.Description is not null) html.Append(" &middot; ").Append(HtmlEncode(order.Description));
        html.Append("</p>");
        if (order.StoreCard) html.Append("<p>The card will be stored for future payments.</p>");
        if (error is not null) html.Append("<p class=\"error\" id=\"error\" role=\"alert\">").Append(HtmlEncode(error)).Append("</p>");
        html.Append("<form id=\"card-form\" method=\"post\" action=\"").Append(HtmlEncode(action)).Append("\">")
            .Append("<input type=\"hidden\" name=\"orderId\" value=\"").Append(HtmlEncode(order.Id)).Append("\">")
            .Append(Input("Card number", "cardNumber", cardNumber, "cc-number", "4811 1111 1111 1114", "numeric"))
            .Append(Input("Expiry (MM/YY)", "expiry", expiry, "cc-exp", "12/30", "numeric"))
            .Append(Input("CVV", "cvv", null, "cc-csc", "123", "numeric"))
            .Append(Input("Name on card", "nameOnCard", name, "cc-name", "HAJAR ISMAIL", "text"))
            .Append("<button type=\"submit\" id=\"pay\">Pay ").Append(HtmlEncode(order.Currency)).Append(' ')
            .Append(order.Amount.ToString("N0", CultureInfo.InvariantCulture)).Append("</button></form>");
        html.Append("<table id=\"test-cards\"><caption>Sandbox test cards (any future expiry, any 3-digit CVV)</caption>")
            .Append("<tr><th>Number</th><th>Brand</th><th>Outcome</th></tr>");
        foreach (var card in TestCards.All)
        {
            html.Append("<tr data-outcome=\"").Append(card.Outcome).Append("\"><td>").Append(Spaced(card.Number)).Append("</td><td>")
                .Append(card.Brand).Append("</td><td>").Append(HtmlEncode(card.Description)).Append("</td></tr>");
        }

        return html.Append("</table>").Append(End).ToString();
    }

    public static string Result(SandboxOrder order)
    {
        var paid = order.Status == OrderStatus.Paid;
        var html = Start(paid ? "Payment approved" : "Payment not completed");
        html.Append("<p id=\"result\" data-status=\"").Append(order.Status).Append("\">")
            .Append(paid ? "Payment approved" : "Payment " + HtmlEncode(order.Status.ToLowerInvariant()))
            .Append(": ").Append(HtmlEncode(order.StatusDescription)).Append("</p>");
        if (order.StoredCard is not null) html.Append("<p id=\"stored\">The card ").Append(order.StoredCard.Card.Mask).Append(" was stored.</p>");
        var back = paid ? order.SuccessUrl : order.FailUrl;
        if (back is not null) html.Append("<p><a id=\"back\" href=\"").Append(HtmlEncode(back)).Append("\">Return to the merchant</a></p>");
        return html.Append(End).ToString();
    }

    public static string Message(string title, string text) =>
        Start(title).Append("<p id=\"message\">").Append(HtmlEncode(text)).Append("</p>").Append(End).ToString();

    private static StringBuilder Start(string title) =>
        new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" +
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Finpay Sandbox &middot; ")
            .Append(HtmlEncode(title)).Append("</title><style>").Append(Style).Append("</style></head><body><main><h1>")
            .Append(HtmlEncode(title)).Append("</h1><p><em>Finpay Sandbox: no real money moves.</em></p>");

    private const string End = "</main></body></html>";

    // inputmode brings up the digit keyboard on phones; autocomplete lets the browser fill a saved card.
    private static string Input(string label, string name, string? value, string autocomplete, string placeholder, string inputMode) =>
        $"<label for=\"{name}\">{label}<input id=\"{name}\" name=\"{name}\" autocomplete=\"{autocomplete}\" inputmode=\"{inputMode}\" placeholder=\"{placeholder}\" " +
        $"value=\"{HtmlEncode(value ?? "")}\" required></label>";

    private static string Spaced(string number) =>
        string.Join(" ", Enumerable.Range(0, (number.Length + 3) / 4).Select(i => number.Substring(i * 4, System.Math.Min(4, number.Length - i * 4))));
}
