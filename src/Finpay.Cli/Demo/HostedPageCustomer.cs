using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace Finpay.Cli.Demo;

/// <summary>
/// Plays the customer on the hosted card page, over plain HTTP: loads the page, takes the approved test card from the
/// page's own table, fills in the form (keeping its hidden fields) and submits it. Returns null when the page is not one
/// it understands (Finpay's real page needs a browser).
/// </summary>
internal static partial class HostedPageCustomer
{
    public sealed record Outcome(string Status, string CardNumber);

    public static async Task<Outcome?> PayWithApprovedCardAsync(Uri pageUrl, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var page = await http.GetStringAsync(pageUrl, cancellationToken);
        var form = FormTag().Match(page);
        var approved = ApprovedRow().Match(page);
        if (!form.Success || !approved.Success) return null;

        var fields = new Dictionary<string, string>();
        foreach (Match hidden in HiddenInput().Matches(page)) fields[hidden.Groups["name"].Value] = WebUtility.HtmlDecode(hidden.Groups["value"].Value);
        var number = approved.Groups["number"].Value.Replace(" ", "", StringComparison.Ordinal);
        fields["cardNumber"] = number;
        fields["expiry"] = "12/" + ((DateTime.UtcNow.Year + 5) % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        fields["cvv"] = "123";
        fields["nameOnCard"] = "HAJAR ISMAIL";

        var action = new Uri(pageUrl, WebUtility.HtmlDecode(form.Groups["action"].Value));
        using var content = new FormUrlEncodedContent(fields);
        using var response = await http.PostAsync(action, content, cancellationToken);
        var result = ResultStatus().Match(await response.Content.ReadAsStringAsync(cancellationToken));
        return new Outcome(result.Success ? result.Groups["status"].Value : $"HTTP {(int)response.StatusCode}", number);
    }

    [GeneratedRegex("<form[^>]*id=\"card-form\"[^>]*action=\"(?<action>[^\"]+)\"")]
    private static partial Regex FormTag();

    [GeneratedRegex("<tr data-outcome=\"Approved\"><td>(?<number>[0-9 ]+)</td>")]
    private static partial Regex ApprovedRow();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("id=\"result\" data-status=\"(?<status>[A-Z_]+)\"")]
    private static partial Regex ResultStatus();
}
