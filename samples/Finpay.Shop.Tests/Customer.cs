using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Finpay.Sandbox.Cards;
using Finpay.Shop.Payments;

namespace Finpay.Shop.Tests;

/// <summary>The customer's part, done as a browser would over plain HTTP: open Finpay's card page, type a card, pay.</summary>
internal static partial class Customer
{
    /// <summary>The customer as she types her details at checkout.</summary>
    public static readonly CustomerDetails Dewi = new("Dewi", "Lestari", "dewi@example.co.id", "+6285712345678");

    /// <summary>Pays on the card page with <paramref name="card"/>; returns the status the result page shows (PAID, FAILED).</summary>
    public static async Task<string> PaysAsync(Uri cardPage, TestCard card)
    {
        using var browser = new HttpClient();
        var page = await browser.GetStringAsync(cardPage);
        var fields = new Dictionary<string, string>();
        foreach (Match hidden in HiddenInput().Matches(page)) fields[hidden.Groups["name"].Value] = WebUtility.HtmlDecode(hidden.Groups["value"].Value);
        fields["cardNumber"] = card.Number;
        fields["expiry"] = "12/39";
        fields["cvv"] = "123";
        fields["nameOnCard"] = "DEWI LESTARI";

        var action = new Uri(cardPage, WebUtility.HtmlDecode(CardForm().Match(page).Groups["action"].Value));
        using var form = new FormUrlEncodedContent(fields);
        using var result = await browser.PostAsync(action, form);
        return ResultStatus().Match(await result.Content.ReadAsStringAsync()).Groups["status"].Value;
    }

    [GeneratedRegex("<form[^>]*id=\"card-form\"[^>]*action=\"(?<action>[^\"]+)\"")]
    private static partial Regex CardForm();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("id=\"result\" data-status=\"(?<status>[A-Z_]+)\"")]
    private static partial Regex ResultStatus();
}
