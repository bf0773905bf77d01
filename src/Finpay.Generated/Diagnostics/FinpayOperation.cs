using System;

namespace Finpay.Generated.Diagnostics;

/// <summary>Tells which card API operation a request path belongs to, and the order id it names, for logs and spans.</summary>
internal static class FinpayOperation
{
    private static readonly (string Prefix, string Name, bool OrderIdInPath)[] Operations =
    {
        ("pg/payment/card/initiate", "initiate", false),
        ("pg/payment/card/payment", "pay", false),
        ("pg/payment/card/check/", "checkStatus", true),
        ("pg/payment/card/cancel/", "cancel", true),
        ("pg/payment/card/void/", "void", true),
        ("pg/payment/card/refund", "refund", false),
        ("pg/payment/card/customer/delete/", "deleteCard", false),
    };

    public static (string Name, string? OrderIdInPath) Identify(Uri? requestUri)
    {
        if (requestUri is null) return ("unknown", null);
        var path = requestUri.IsAbsoluteUri ? requestUri.AbsolutePath : requestUri.OriginalString;
        // A BaseUrl with a path (a proxy) puts a prefix before Finpay's own path.
        var start = path.IndexOf("pg/payment/card/", StringComparison.Ordinal);
        if (start < 0) return ("unknown", null);
        path = path.Substring(start);
        foreach (var (prefix, name, orderIdInPath) in Operations)
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var orderId = orderIdInPath ? Uri.UnescapeDataString(path.Substring(prefix.Length)) : null;
            return (name, orderId);
        }

        return ("unknown", null);
    }
}
