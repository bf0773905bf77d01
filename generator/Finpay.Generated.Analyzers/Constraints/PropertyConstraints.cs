using System;
using System.Text.RegularExpressions;
using Finpay.Generated.Validation;

namespace Finpay.Generated.Analyzers.Constraints;

/// <summary>What the spec allows for one string property of a generated DTO, read from NSwag's DataAnnotations.</summary>
internal sealed class PropertyConstraints
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private readonly Lazy<Regex?> _regex;

    public PropertyConstraints(int? minLength, int? maxLength, string? pattern)
    {
        MinLength = minLength;
        MaxLength = maxLength;
        Pattern = pattern;
        _regex = new Lazy<Regex?>(() => CreateRegex(pattern));
    }

    public int? MinLength { get; }

    /// <summary>The upper bound, or null when there is none (NJsonSchema writes int.MaxValue for a bare minLength).</summary>
    public int? MaxLength { get; }

    public string? Pattern { get; }

    public bool HasLength => MinLength is not null || MaxLength is not null;

    public bool IsLengthAllowed(int length) =>
        (MinLength is not { } min || length >= min) && (MaxLength is not { } max || length <= max);

    /// <summary>"1 to 30", "exactly 3", "at least 2" or "at most 7": the allowed range in a diagnostic's words.</summary>
    public string DescribeLength()
    {
        if (MinLength is { } min && MaxLength is { } max)
            return min == max ? $"exactly {max}" : $"{min} to {max}";
        return MinLength is { } onlyMin ? $"at least {onlyMin}" : $"at most {MaxLength}";
    }

    /// <summary>
    /// True or false when the pattern could be evaluated; null when it could not (not a .NET regex, or too slow), in which case
    /// the analyzer stays silent rather than guess. JSON Schema patterns are not anchored: this is a search, like the validators.
    /// </summary>
    public bool? Matches(string value)
    {
        var regex = _regex.Value;
        if (regex is null)
            return null;
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static Regex? CreateRegex(string? pattern)
    {
        if (pattern is null)
            return null;
        try
        {
            return new Regex(JsonSchemaPattern.ToDotNet(pattern), RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
