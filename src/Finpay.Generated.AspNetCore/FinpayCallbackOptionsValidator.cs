using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace Finpay.Generated.AspNetCore;

/// <summary>Refuses settings the endpoint cannot work with, naming the setting and the rule.</summary>
internal sealed class FinpayCallbackOptionsValidator : IValidateOptions<FinpayCallbackOptions>
{
    public ValidateOptionsResult Validate(string? name, FinpayCallbackOptions options)
    {
        var failures = new List<string>();
        if (options.MaxBodyBytes <= 0)
            failures.Add($"FinpayCallbackOptions.MaxBodyBytes must be positive; it is {options.MaxBodyBytes}.");
        if (options.ClaimTimeout <= TimeSpan.Zero)
            failures.Add($"FinpayCallbackOptions.ClaimTimeout must be positive; it is {options.ClaimTimeout}.");
        if (options.HandledRetention < options.ClaimTimeout)
            failures.Add($"FinpayCallbackOptions.HandledRetention ({options.HandledRetention}) must be at least ClaimTimeout ({options.ClaimTimeout}): a handled event must be remembered longer than it is claimed.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
