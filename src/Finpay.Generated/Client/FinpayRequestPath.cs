using System;
using System.Collections.Generic;
using System.Linq;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Operations;
using Finpay.Generated.Validation;

namespace Finpay.Generated.Client;

/// <summary>
/// An operation's path with its parameter filled in, checked against the parameter's rules, and shown redacted in logs and
/// spans: everything read from the operation table. Finpay's operations have at most one path parameter.
/// </summary>
internal static class FinpayRequestPath
{
    private static readonly Dictionary<FinpayPathParameter, StringPattern> Patterns = CompilePatterns();

    // The logged path of an operation without parameters is the same on every call.
    private static readonly Dictionary<FinpayOperation, string> FixedPaths = FinpayOperations.All
        .Where(o => o.PathParameters.Count == 0).ToDictionary(o => o, o => "/" + o.PathTemplate);

    /// <summary>The relative URL of <paramref name="operation"/> with <paramref name="value"/> escaped into its path parameter.</summary>
    /// <exception cref="FinpayValidationException">The value breaks the parameter's rules.</exception>
    public static string Build(FinpayOperation operation, string? value)
    {
        if (operation.PathParameters.Count == 0) return operation.PathTemplate;
        var parameter = operation.PathParameters[0];
        if (value is null) throw new ArgumentNullException(parameter.Name);
        ThrowIfInvalid(parameter, value);
        return Fill(operation, parameter, Uri.EscapeDataString(value));
    }

    /// <summary>
    /// The absolute path as logs and spans show it (the operation table's template with a leading slash): a secret parameter, or a value that looks
    /// like a card number, is <c>***</c>.
    /// </summary>
    public static string Redacted(FinpayOperation operation, string? value)
    {
        if (operation.PathParameters.Count == 0) return FixedPaths.TryGetValue(operation, out var path) ? path : "/" + operation.PathTemplate;
        var parameter = operation.PathParameters[0];
        var shown = parameter.IsSecret || value is null || SecretRedactor.LooksSecret(value) ? SecretRedactor.Mask : Uri.EscapeDataString(value);
        return "/" + Fill(operation, parameter, shown);
    }

    private static void ThrowIfInvalid(FinpayPathParameter parameter, string value)
    {
        List<FinpayValidationError>? errors = null;
        if (ValidationRules.Length(ref errors, default, parameter.Name, value, parameter.MinLength, parameter.MaxLength)
            && Patterns.TryGetValue(parameter, out var pattern))
            ValidationRules.Matches(ref errors, default, parameter.Name, value, pattern);
        if (errors is not null) throw new FinpayValidationException(errors);
    }

    private static string Fill(FinpayOperation operation, FinpayPathParameter parameter, string value) =>
        operation.PathTemplate.Replace("{" + parameter.Name + "}", value);

    private static Dictionary<FinpayPathParameter, StringPattern> CompilePatterns()
    {
        var patterns = new Dictionary<FinpayPathParameter, StringPattern>();
        foreach (var operation in FinpayOperations.All)
        {
            foreach (var parameter in operation.PathParameters)
            {
                if (parameter.Pattern is { } pattern && !patterns.ContainsKey(parameter))
                    patterns[parameter] = ValidationRules.Pattern(pattern);
            }
        }

        return patterns;
    }
}
