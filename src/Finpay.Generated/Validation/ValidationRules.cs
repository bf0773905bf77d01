using System;
using System.Collections.Generic;
using System.Globalization;
using Finpay.Generated.Serialization;

namespace Finpay.Generated.Validation;

/// <summary>
/// The checks the generated validators call, one per JSON Schema keyword. A valid request allocates nothing: the error list
/// is created by the first error (the <c>errors</c> reference stays null until then) and paths become text only in an error.
/// Lengths count Unicode code points, as JSON Schema does (an emoji counts 1; .NET's StringLengthAttribute would count 2).
/// Patterns are searched, not anchored, as JSON Schema does.
/// </summary>
internal static class ValidationRules
{
    /// <summary>What <c>Validate()</c> returns for a valid object: shared, so it costs nothing.</summary>
    public static readonly IReadOnlyList<FinpayValidationError> NoErrors = Array.Empty<FinpayValidationError>();

    public static StringPattern Pattern(string pattern) => StringPattern.Create(pattern);

    public static IReadOnlyList<FinpayValidationError> Result(List<FinpayValidationError>? errors) =>
        errors is null ? NoErrors : errors;

    public static void Required(ref List<FinpayValidationError>? errors, in ValidationPath path, string name) =>
        Add(ref errors, path.Text(name), "required", "is required but missing.");

    /// <returns>Whether the length is allowed.</returns>
    public static bool Length(ref List<FinpayValidationError>? errors, in ValidationPath path, string name, string value, int? min, int? max)
    {
        // Code points are never more than UTF-16 units nor fewer than half of them: most values need no counting.
        if ((min is null || value.Length / 2 >= min) && (max is null || value.Length <= max))
            return true;
        var length = CodePoints.Count(value);
        if (min is { } minimum && length < minimum)
        {
            Add(ref errors, path.Text(name), "minLength", $"is too short: minLength is {minimum}, the value has {Characters(length)}.");
            return false;
        }

        if (max is { } maximum && length > maximum)
        {
            Add(ref errors, path.Text(name), "maxLength", $"is too long: maxLength is {maximum}, the value has {Characters(length)}.");
            return false;
        }

        return true;
    }

    public static void Matches(ref List<FinpayValidationError>? errors, in ValidationPath path, string name, string value, StringPattern pattern)
    {
        if (!pattern.IsMatch(value))
            Add(ref errors, path.Text(name), "pattern", $"does not match the pattern {pattern}.");
    }

    /// <summary>
    /// Checks an amount the spec declares as a string (request amounts) by the text it travels as: its digits for a whole,
    /// non-negative amount, counted without writing them; the sign or fraction of any other, which no digits pattern matches.
    /// </summary>
    public static void Amount(ref List<FinpayValidationError>? errors, in ValidationPath path, string name, decimal value, int? min, int? max, StringPattern? pattern)
    {
        if (AmountText.IsWholeAndNotNegative(value) && (pattern is null || pattern.MatchesAnyDigits))
        {
            var digits = AmountText.DigitCount(value);
            if ((min is null || digits >= min) && (max is null || digits <= max) && (pattern is null || pattern.AllowsLength(digits)))
                return;
        }

        var text = AmountText.Format(value);
        if (Length(ref errors, path, name, text, min, max) && pattern is not null)
            Matches(ref errors, path, name, text, pattern);
    }

    public static void ItemCount(ref List<FinpayValidationError>? errors, in ValidationPath path, string name, int count, int? min, int? max)
    {
        if (min is { } minimum && count < minimum)
            Add(ref errors, path.Text(name), "minItems", $"has too few items: minItems is {minimum}, the array has {count}.");
        else if (max is { } maximum && count > maximum)
            Add(ref errors, path.Text(name), "maxItems", $"has too many items: maxItems is {maximum}, the array has {count}.");
    }

    /// <summary>A null where an array holds objects: it counts as a missing item.</summary>
    public static void NullItem(ref List<FinpayValidationError>? errors, in ValidationPath path, string name, int index) =>
        Add(ref errors, path.Item(name, index).ToString(), "required", "is null; an array item must be an object.");

    /// <summary>Checks each string of an array, for element rules NSwag does not carry into attributes.</summary>
    public static void StringItems(
        ref List<FinpayValidationError>? errors,
        in ValidationPath path,
        string name,
        IList<string>? items,
        int min,
        int max,
        StringPattern? pattern)
    {
        if (items is null)
            return;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
                Add(ref errors, path.Item(name, i).ToString(), "required", "is null; an array item must be a string.");
            else if (Length(ref errors, path.Item(name, i), string.Empty, item, min, max) && pattern is not null)
                Matches(ref errors, path.Item(name, i), string.Empty, item, pattern);
        }
    }

    public static void NotInEnum(ref List<FinpayValidationError>? errors, in ValidationPath path, string name, string allowed) =>
        Add(ref errors, path.Text(name), "enum", $"is not one of the allowed values: {allowed}.");

    public static void Range(ref List<FinpayValidationError>? errors, in ValidationPath path, string name, double value, double min, double max)
    {
        if (value < min)
            Add(ref errors, path.Text(name), "minimum", $"is too small: minimum is {min.ToString(CultureInfo.InvariantCulture)}.");
        else if (value > max)
            Add(ref errors, path.Text(name), "maximum", $"is too large: maximum is {max.ToString(CultureInfo.InvariantCulture)}.");
    }

    private static void Add(ref List<FinpayValidationError>? errors, string path, string rule, string message) =>
        (errors ??= new List<FinpayValidationError>()).Add(new FinpayValidationError(path, rule, message));

    private static string Characters(int count) =>
        count == 1 ? "1 character (Unicode code points)" : count.ToString(CultureInfo.InvariantCulture) + " characters (Unicode code points)";
}
