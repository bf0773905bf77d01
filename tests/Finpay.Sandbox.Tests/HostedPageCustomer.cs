using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace Finpay.Sandbox.Tests;

/// <summary>Fills in the hosted card page the way a browser would: GET the page, read its form, POST it with a card.</summary>
internal static class HostedPageCustomer
{
    public static async Task<(int Status, string Html)> PayAsync(Uri redirectUrl, string cardNumber, string expiry = "12/39", string cvv = "123")
    {
        using var http = new HttpClient();
        var page = await http.GetStringAsync(redirectUrl);
        var action = Regex.Match(page, "<form[^>]*action=\"([^\"]+)\"").Groups[1].Value;
        var fields = new Dictionary<string, string>();
        foreach (Match hidden in Regex.Matches(page, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\""))
            fields[hidden.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(hidden.Groups[2].Value);
        fields["cardNumber"] = cardNumber;
        fields["expiry"] = expiry;
        fields["cvv"] = cvv;
        fields["nameOnCard"] = "HAJAR ISMAIL";
        using var response = await http.PostAsync(new Uri(redirectUrl, action), new FormUrlEncodedContent(fields));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static string ResultStatus(string html) => Regex.Match(html, "id=\"result\" data-status=\"([A-Z_]+)\"").Groups[1].Value;
}
