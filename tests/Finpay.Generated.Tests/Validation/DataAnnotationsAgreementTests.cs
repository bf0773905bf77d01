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
/// The generated validators against the DataAnnotations NSwag wrote from the same spec, on random strings around every
/// boundary. They must agree wherever both count alike; the deliberate differences are pinned by their own tests: lengths
/// count code points (StringLength counts UTF-16 units, so the random strings here hold no surrogates), and patterns are
/// searched as JSON Schema does (RegularExpression anchors implicitly, so only patterns anchored with ^...$ are compared).
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
    public void Validators_and_RegularExpression_agree_on_anchored_patterns_for_strings_of_an_allowed_length(string typeName, string propertyName)
    {
        var (type, property) = RequestStringProperties().Single(p => p.Type.Name == typeName && p.Property.Name == propertyName);
        var regex = property.GetCustomAttribute<RegularExpressionAttribute>();
        if (regex is null || !regex.Pattern.StartsWith('^') || !regex.Pattern.EndsWith('$'))
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
    public void Validators_search_unanchored_patterns_as_JSON_Schema_does_where_RegularExpression_anchors_them()
    {
        var url = new Url { CallbackUrl = "https://merchant.example/finpay/callback" };
        var attribute = typeof(Url).GetProperty(nameof(Url.CallbackUrl))!.GetCustomAttribute<RegularExpressionAttribute>()!;

        Assert.Empty(url.Validate());
        Assert.False(attribute.IsValid(url.CallbackUrl));
    }

    private static IReadOnlyList<FinpayValidationError> ErrorsFor(Type type, PropertyInfo property, string value)
    {
        var dto = Activator.CreateInstance(type)!;
        property.SetValue(dto, value);
        var wireName = property.GetCustomAttribute<JsonPropertyAttribute>()!.PropertyName;
        var errors = (IReadOnlyList<FinpayValidationError>)type.GetMethod("Validate")!.Invoke(dto, null)!;
        return errors.Where(e => e.Path == wireName).ToList();
    }

    private static IEnumerable<(Type Type, PropertyInfo Property)> RequestStringProperties() =>
        from type in typeof(Order).Assembly.GetExportedTypes()
        where type.GetCustomAttributes<System.CodeDom.Compiler.GeneratedCodeAttribute>().Any(a => a.Tool == "NJsonSchema")
        where type.GetProperty("AdditionalProperties") is null
        from property in type.GetProperties()
        where property.PropertyType == typeof(string) && property.GetCustomAttribute<StringLengthAttribute>() is not null
        select (type, property);
}
