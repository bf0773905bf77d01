using System;
using System.Collections.Generic;

namespace Finpay.Generated.Validation;

/// <summary>
/// Checks the path parameters of the GET operations (checkStatus, cancel, void take <c>orderId</c>; deleteCard takes
/// <c>cardToken</c>) against the spec's parameter schemas, from the relative URL the generated client has built and before it
/// sends. The URL is the only place the generated code exposes them; a test compares these rules with the spec.
/// </summary>
internal static class PathParameterRules
{
    internal const int OrderIdMinLength = 1;
    internal const int OrderIdMaxLength = 30;
    internal const string OrderIdPattern = "^[A-Za-z0-9_-]+$";
    internal const int CardTokenLength = 64;
    internal const string CardTokenPattern = "^[0-9a-fA-F]{64}$";

    private static readonly StringPattern OrderId = ValidationRules.Pattern(OrderIdPattern);
    private static readonly StringPattern CardToken = ValidationRules.Pattern(CardTokenPattern);

    private static readonly (string Prefix, string Name)[] Operations =
    {
        ("pg/payment/card/check/", "orderId"),
        ("pg/payment/card/cancel/", "orderId"),
        ("pg/payment/card/void/", "orderId"),
        ("pg/payment/card/customer/delete/", "cardToken"),
    };

    /// <summary>Throws <see cref="FinpayValidationException"/> when the URL's path parameter breaks its rules.</summary>
    public static void ThrowIfInvalid(string relativeUrl)
    {
        foreach (var (prefix, name) in Operations)
        {
            if (!relativeUrl.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            var end = relativeUrl.IndexOf('?');
            var escaped = end < 0 ? relativeUrl.Substring(prefix.Length) : relativeUrl.Substring(prefix.Length, end - prefix.Length);
            var value = Uri.UnescapeDataString(escaped);
            List<FinpayValidationError>? errors = null;
            if (name == "orderId")
                Check(ref errors, name, value, OrderIdMinLength, OrderIdMaxLength, OrderId);
            else
                Check(ref errors, name, value, CardTokenLength, CardTokenLength, CardToken);
            if (errors is not null)
                throw new FinpayValidationException(errors);
            return;
        }
    }

    private static void Check(ref List<FinpayValidationError>? errors, string name, string value, int min, int max, StringPattern pattern)
    {
        if (ValidationRules.Length(ref errors, default, name, value, min, max))
            ValidationRules.Matches(ref errors, default, name, value, pattern);
    }
}
