using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using Finpay.Generated.Validation;
using Newtonsoft.Json;
using Xunit;

namespace Finpay.Generated.Tests.Validation;

/// <summary>
/// The generated validators against the DataAnnotations NSwag wrote from the same spec (what ASP.NET Core model validation
/// runs), on random strings around every boundary and on whole requests. They must agree wherever both count alike; the one
/// deliberate difference is pinned by its own test: lengths count code points, StringLength counts UTF-16 units (so the random
/// strings here hold no surrogates). Patterns are searched as JSON Schema does by both (WirePattern).
/// </summary>
public sealed class DataAnnotationsAgreementTests
{
    private static readonly string[] Alphabets =
    {
        "0123456789",
        "ABCDEFXYZ",
        "abcdefxyz",
        "0123456789abcdefABCDEF",
        "0123456789+",
        "abcXYZ019_-@. :/+é",
    };

    public static TheoryData<string, string> ConstrainedRequestStrings()
    {
        var data = new TheoryData<string, string>();
        foreach (var (type, property) in RequestStringProperties())
            data.Add(type.Name, property.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(ConstrainedRequestStrings))]
    public void Validators_and_StringLength_agree_on_random_strings_around_the_length_bounds(string typeName, string propertyName)
    {
        var (type, property) = RequestStringProperties().Single(p => p.Type.Name == typeName && p.Property.Name == propertyName);
        var stringLength = property.GetCustomAttribute<StringLengthAttribute>()!;
        // Half the strings sit right at a bound (one below, on it, one above), half anywhere in between.
        var min = stringLength.MinimumLength;
        var max = Math.Min(stringLength.MaximumLength, 1000);
        var atBounds = new[] { min - 1, min, min + 1, max - 1, max, max + 1 }.Where(n => n >= 0).ToArray();
        var lengths = Gen.OneOf(Gen.Elements(atBounds), Gen.Choose(Math.Max(0, min - 2), max + 2));
        var strings = from length in lengths
                      from alphabet in Gen.Elements(Alphabets)
                      from chars in Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), length)
                      select new string(chars);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(strings.ToArbitrary(), value =>
        {
            var errors = ErrorsFor(type, property, value);
            var lengthBroken = errors.Any(e => e.Rule is "minLength" or "maxLength");
            return lengthBroken == !stringLength.IsValid(value);
        }));
    }

    [Theory]
    [MemberData(nameof(ConstrainedRequestStrings))]
    public void Validators_and_the_DataAnnotations_pattern_agree_for_strings_of_an_allowed_length(string typeName, string propertyName)
    {
        var (type, property) = RequestStringProperties().Single(p => p.Type.Name == typeName && p.Property.Name == propertyName);
        var regex = property.GetCustomAttribute<RegularExpressionAttribute>();
        if (regex is null)
            return;
        var stringLength = property.GetCustomAttribute<StringLengthAttribute>()!;
        var lengths = Gen.Choose(Math.Max(1, stringLength.MinimumLength), Math.Min(stringLength.MaximumLength, 100));
        var strings = from length in lengths
                      from alphabet in Gen.Elements(Alphabets)
                      from chars in Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), length)
                      select new string(chars);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(strings.ToArbitrary(), value =>
            ErrorsFor(type, property, value).Any(e => e.Rule == "pattern") == !regex.IsValid(value)));
    }

    [Fact]
    public void Validators_count_an_emoji_once_where_StringLength_counts_it_twice()
    {
        var fiftyEmoji = string.Concat(Enumerable.Repeat("\U0001F600", 50));
        var customer = new Customer { MobilePhone = "+6281286288844", FirstName = fiftyEmoji };

        Assert.Empty(customer.Validate());
        Assert.False(new StringLengthAttribute(50) { MinimumLength = 1 }.IsValid(fiftyEmoji));
    }

    [Fact]
    public void Validators_and_DataAnnotations_search_unanchored_patterns_as_JSON_Schema_does()
    {
        var url = new Url { CallbackUrl = "https://merchant.example/finpay/callback" };
        var attribute = typeof(Url).GetProperty(nameof(Url.CallbackUrl))!.GetCustomAttribute<RegularExpressionAttribute>()!;

        Assert.Empty(url.Validate());
        Assert.True(attribute.IsValid(url.CallbackUrl));
        // DataAnnotations' own attribute requires a whole match, so it refuses every valid URL; the generated DTOs do not carry it.
        Assert.False(new RegularExpressionAttribute(attribute.Pattern).IsValid(url.CallbackUrl));
        Assert.False(attribute.IsValid("ftp://merchant.example/"));
    }

    [Fact]
    public void StringLength_sits_only_on_strings_and_every_pattern_and_other_length_rule_checks_the_text_sent()
    {
        var misplaced = (from type in GeneratedTypes()
                         from property in type.GetProperties()
                         from attribute in property.GetCustomAttributes<ValidationAttribute>()
                         where (attribute.GetType() == typeof(StringLengthAttribute) && property.PropertyType != typeof(string)) ||
                               attribute.GetType() == typeof(RegularExpressionAttribute)
                         select $"{type.Name}.{property.Name} ({property.PropertyType.Name}): {attribute.GetType().Name}").ToList();
        Assert.Empty(misplaced);

        var amount = typeof(Order).GetProperty(nameof(Order.Amount))!;
        var length = amount.GetCustomAttribute<StringLengthAttribute>()!;
        var pattern = amount.GetCustomAttribute<RegularExpressionAttribute>()!;
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // A culture that writes 1000.00m as "1000,00", as Indonesian does; Finpay is sent "1000".
            var comma = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            System.Globalization.CultureInfo.CurrentCulture = comma;
            Assert.True(length.IsValid(1000.00m));
            Assert.True(pattern.IsValid(1000.00m));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        Assert.False(length.IsValid(decimal.Parse(new string('9', length.MaximumLength + 1), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.False(pattern.IsValid(-5m));
    }

    [Fact]
    public void The_fullest_valid_payment_passes_DataAnnotations_on_every_nested_object_as_model_validation_runs_them()
    {
        var errors = new List<string>();
        ValidateRecursively(Snapshots.RequestFactory.FullPayment(), "payment", errors);

        Assert.Empty(errors);
    }

    [Fact]
    public void An_amount_with_more_digits_than_the_spec_allows_fails_DataAnnotations_naming_the_field()
    {
        var order = Snapshots.RequestFactory.FullPayment().Order;
        order.Amount = decimal.Parse(new string('9', 20), System.Globalization.CultureInfo.InvariantCulture);
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(order, new ValidationContext(order), results, validateAllProperties: true));
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(Order.Amount)));
    }

    private static void ValidateRecursively(object dto, string path, List<string> errors)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(dto, new ValidationContext(dto), results, validateAllProperties: true))
            errors.AddRange(results.Select(r => $"{path}: {r.ErrorMessage}"));
        foreach (var property in dto.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length > 0) continue;
            var value = property.GetValue(dto);
            if (value is not null && GeneratedTypes().Contains(value.GetType()))
                ValidateRecursively(value, path + "." + property.Name, errors);
            else if (value is System.Collections.IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    if (item is not null && GeneratedTypes().Contains(item.GetType()))
                        ValidateRecursively(item, path + "." + property.Name + "[]", errors);
                }
            }
        }
    }

    private static IReadOnlyList<FinpayValidationError> ErrorsFor(Type type, PropertyInfo property, string value)
    {
        var dto = Activator.CreateInstance(type)!;
        property.SetValue(dto, value);
        var wireName = property.GetCustomAttribute<JsonPropertyAttribute>()!.PropertyName;
        var errors = (IReadOnlyList<FinpayValidationError>)type.GetMethod("Validate")!.Invoke(dto, null)!;
        return errors.Where(e => e.Path == wireName).ToList();
    }

    private static IReadOnlyList<Type> GeneratedTypes() =>
        typeof(Order).Assembly.GetExportedTypes()
            .Where(type => type.GetCustomAttributes<System.CodeDom.Compiler.GeneratedCodeAttribute>().Any(a => a.Tool == "NJsonSchema"))
            .ToList();

    private static IEnumerable<(Type Type, PropertyInfo Property)> RequestStringProperties() =>
        from type in GeneratedTypes()
        where type.GetProperty("AdditionalProperties") is null
        from property in type.GetProperties()
        where property.PropertyType == typeof(string) && property.GetCustomAttribute<StringLengthAttribute>() is not null
        select (type, property);
}
