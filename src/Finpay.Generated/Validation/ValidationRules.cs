using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Finpay.Generated.Validation;

/// <summary>
/// The checks the generated validators call, one per JSON Schema keyword. Paths are built only when a rule is broken, so a
/// valid request costs no string allocations. Lengths count Unicode code points, as JSON Schema does (an emoji counts 1;
/// .NET's StringLengthAttribute would count 2). Patterns are searched, not anchored, as JSON Schema does.
/// </summary>
internal static class ValidationRules
{
    public static string Property(string path, string name) =>
        name.Length == 0 ? path : path.Length == 0 ? name : path + "." + name;

    public static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    public static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant);

    public static int CountCodePoints(string value)
    {
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                i++;
            count++;
        }

        return count;
    }

    public static void Required(List<FinpayValidationError> errors, string path, string name) =>
        errors.Add(new FinpayValidationError(Property(path, name), "required", "is required but missing."));

    /// <returns>Whether the length is allowed.</returns>
    public static bool Length(List<FinpayValidationError> errors, string path, string name, string value, int? min, int? max)
    {
        var length = CountCodePoints(value);
        if (min is { } minimum && length < minimum)
        {
            errors.Add(new FinpayValidationError(Property(path, name), "minLength",
                $"is too short: minLength is {minimum}, the value has {Characters(length)}."));
            return false;
        }

        if (max is { } maximum && length > maximum)
        {
            errors.Add(new FinpayValidationError(Property(path, name), "maxLength",
                $"is too long: maxLength is {maximum}, the value has {Characters(length)}."));
            return false;
        }

        return true;
    }

    public static void Matches(List<FinpayValidationError> errors, string path, string name, string value, Regex pattern)
    {
        if (!pattern.IsMatch(value))
            errors.Add(new FinpayValidationError(Property(path, name), "pattern", $"does not match the pattern {pattern}."));
    }

    public static void ItemCount(List<FinpayValidationError> errors, string path, string name, int count, int? min, int? max)
    {
        if (min is { } minimum && count < minimum)
            errors.Add(new FinpayValidationError(Property(path, name), "minItems", $"has too few items: minItems is {minimum}, the array has {count}."));
        else if (max is { } maximum && count > maximum)
            errors.Add(new FinpayValidationError(Property(path, name), "maxItems", $"has too many items: maxItems is {maximum}, the array has {count}."));
    }

    /// <summary>Validates each object of an array under <c>path.name[i]</c>; a null item is a missing one.</summary>
    public static void Items<T>(
        List<FinpayValidationError> errors,
        string path,
        string name,
        IList<T> items,
        Action<T, string, List<FinpayValidationError>> validate)
        where T : class
    {
        var arrayPath = Property(path, name);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null)
                errors.Add(new FinpayValidationError(Item(arrayPath, i), "required", "is null; an array item must be an object."));
            else
                validate(item, Item(arrayPath, i), errors);
        }
    }

    /// <summary>Checks each string of an array, for element rules NSwag does not carry into attributes.</summary>
    public static void StringItems(
        List<FinpayValidationError> errors,
        string path,
        string name,
        IList<string>? items,
        int min,
        int max,
        Regex? pattern)
    {
        if (items is null)
            return;
        var arrayPath = Property(path, name);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = Item(arrayPath, i);
            if (items[i] is not { } item)
                errors.Add(new FinpayValidationError(itemPath, "required", "is null; an array item must be a string."));
            else if (Length(errors, itemPath, string.Empty, item, min, max) && pattern is not null)
                Matches(errors, itemPath, string.Empty, item, pattern);
        }
    }

    public static void NotInEnum(List<FinpayValidationError> errors, string path, string name, string allowed) =>
        errors.Add(new FinpayValidationError(Property(path, name), "enum", $"is not one of the allowed values: {allowed}."));

    public static void Range(List<FinpayValidationError> errors, string path, string name, double value, double min, double max)
    {
        if (value < min)
            errors.Add(new FinpayValidationError(Property(path, name), "minimum", $"is too small: minimum is {min.ToString(CultureInfo.InvariantCulture)}."));
        else if (value > max)
            errors.Add(new FinpayValidationError(Property(path, name), "maximum", $"is too large: maximum is {max.ToString(CultureInfo.InvariantCulture)}."));
    }

    private static string Characters(int count) =>
        count == 1 ? "1 character (Unicode code points)" : count.ToString(CultureInfo.InvariantCulture) + " characters (Unicode code points)";
}
