using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace Finpay.Generated.Configuration;

/// <summary>Checks <see cref="FinpayOptions"/> at start-up; every message names the setting and what is wrong with it.</summary>
internal sealed class FinpayOptionsValidator : IValidateOptions<FinpayOptions>
{
    public ValidateOptionsResult Validate(string? name, FinpayOptions options)
    {
        var failures = Check(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static List<string> Check(FinpayOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.MerchantId))
            failures.Add("Finpay:MerchantId is missing: set FinpayOptions.MerchantId to the merchant id Finpay issued (e.g. FINPAY770).");
        else if (options.MerchantId!.IndexOf(':') >= 0)
            failures.Add("Finpay:MerchantId must not contain ':' (it is the user name of Basic authentication).");

        if (string.IsNullOrWhiteSpace(options.MerchantKey))
            failures.Add("Finpay:MerchantKey is missing: set FinpayOptions.MerchantKey to the merchant key Finpay issued.");

        if (!Enum.IsDefined(typeof(FinpayEnvironment), options.Environment))
            failures.Add($"Finpay:Environment must be Development or Production; {(int)options.Environment} is neither.");

        if (options.BaseUrl is { } url)
        {
            if (!url.IsAbsoluteUri)
                failures.Add($"Finpay:BaseUrl must be an absolute URL such as https://live.finnet.co.id; '{url.OriginalString}' is relative.");
            else if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
                failures.Add($"Finpay:BaseUrl must be an http(s) URL; its scheme is '{url.Scheme}'.");
            else if (options.Environment == FinpayEnvironment.Production && url.Scheme != Uri.UriSchemeHttps)
                failures.Add($"Finpay:BaseUrl must use https when Finpay:Environment is Production; '{url.GetLeftPart(UriPartial.Authority)}' is {url.Scheme}.");
            else if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
                failures.Add("Finpay:BaseUrl must not have a query or a fragment.");
        }

        if (options.Timeout <= TimeSpan.Zero)
            failures.Add($"Finpay:Timeout must be positive; it is {options.Timeout}.");
        if (options.TotalTimeout < options.Timeout)
            failures.Add($"Finpay:TotalTimeout ({options.TotalTimeout}) must be at least Finpay:Timeout ({options.Timeout}).");
        if (options.MaxRetries < 0 || options.MaxRetries > 10)
            failures.Add($"Finpay:MaxRetries must be between 0 and 10; it is {options.MaxRetries}.");
        if (options.RetryDelay < TimeSpan.Zero)
            failures.Add($"Finpay:RetryDelay must not be negative; it is {options.RetryDelay}.");
        if (options.MaxResponseBodyBytes < 1024)
            failures.Add($"Finpay:MaxResponseBodyBytes must be at least 1024; it is {options.MaxResponseBodyBytes}.");
        return failures;
    }
}
