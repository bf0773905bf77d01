using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Finpay.Generated.Validation;
using Finpay.Spec;
using Microsoft.OpenApi;
using Xunit;

namespace Finpay.Generated.Tests.Validation;

/// <summary>
/// The spec's simple patterns are checked by a loop instead of the regex; on every pattern of the spec both must give the
/// same answer, trailing line feeds, signs and non-ASCII letters included. Both follow JSON Schema (ECMA-262), where '$'
/// matches only at the end of the input, not before a final line feed as .NET's '$' does.
/// </summary>
public sealed class StringPatternTests
{
    private static readonly string[] Alphabets =
    {
        "0123456789",
        "0123456789\n",
        "+0123456789",
        "ABCDEFXYZ_",
        "abcdefxyz019_-",
        "0123456789abcdefABCDEFG",
        "abcXYZ019_-@. :/+é\n\t",
    };

    public static TheoryData<string> SpecPatterns()
    {
        var data = new TheoryData<string>();
        foreach (var pattern in AllSpecPatterns().Distinct())
            data.Add(pattern);
        return data;
    }

    [Theory]
    [MemberData(nameof(SpecPatterns))]
    public void The_loop_and_the_regex_agree_on_every_spec_pattern(string pattern)
    {
        var regex = new Regex(JsonSchemaPattern.ToDotNet(pattern), RegexOptions.CultureInvariant);
        var checker = StringPattern.Create(pattern);
        var strings = from length in Gen.Choose(0, 70)
                      from alphabet in Gen.Elements(Alphabets)
                      from chars in Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), length)
                      select new string(chars);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(strings.ToArbitrary(), value =>
            checker.IsMatch(value) == regex.IsMatch(value)));
        Assert.Equal(pattern, checker.ToString());
    }

    [Theory]
    [InlineData("^[0-9]+$", "123\n", false)]
    [InlineData("^[0-9]+$", "123\n\n", false)]
    [InlineData("^[0-9]+$", "\n", false)]
    [InlineData("^[A-Z]{3}$", "IDR", true)]
    [InlineData("^[A-Z]{3}$", "IDRX", false)]
    [InlineData("^\\+?[0-9]{6,19}$", "+6281286288844", true)]
    [InlineData("^\\+?[0-9]{6,19}$", "++6281286288844", false)]
    [InlineData("^\\+?[0-9]{6,19}$", "+12345", false)]
    [InlineData("^[A-Za-z0-9_-]+$", "ORDER-2026_01", true)]
    [InlineData("^[A-Za-z0-9_-]+$", "ORDER 1", false)]
    [InlineData("^[0-9a-fA-F]{64}$", "81b36a850c2e40458bad296f952084b516c919ca717d448722782769b81b9fd9", true)]
    [InlineData("^[0-9]{2,}$", "1", false)]
    [InlineData("^x?[0-9]*$", "x12", true)]
    [InlineData("^https?://", "https://merchant.example/paid", true)]
    [InlineData("^https?://", "http://merchant.example/paid", true)]
    [InlineData("^https?://", "httpss://merchant.example", false)]
    [InlineData("^https?://", " https://merchant.example", false)]
    [InlineData("^https?://", "https:/", false)]
    [InlineData("^https?://", "", false)]
    public void Simple_patterns_answer_as_the_regex_does_at_the_edges(string pattern, string value, bool matches)
    {
        var checker = StringPattern.Create(pattern);

        Assert.True(checker.IsSimple);
        Assert.Equal(matches, checker.IsMatch(value));
        Assert.Equal(new Regex(JsonSchemaPattern.ToDotNet(pattern), RegexOptions.CultureInvariant).IsMatch(value), matches);
    }

    [Fact]
    public void A_currency_with_a_trailing_line_feed_breaks_its_pattern_as_JSON_Schema_says()
    {
        // Built at run time: as a constant, FINPAY002 already stops it at compile time.
        var order = new Order { Id = "ORDER-1", Amount = 1000, Currency = string.Concat("ID", "\n") };

        var error = Assert.Single(order.Validate());

        Assert.Equal("currency", error.Path);
        Assert.Equal("pattern", error.Rule);
        Assert.True(StringPattern.Create("^[0-9a-fA-F]{64}$").IsSimple);
        Assert.False(StringPattern.Create("^[^@\\s]+@[^@\\s]+$").IsMatch("a@b\n"));
    }

    [Theory]
    [InlineData("^ab?b")]
    [InlineData("^a??b")]
    [InlineData("^https?://.*$")]
    [InlineData("^[^@\\s]+@[^@\\s]+$")]
    [InlineData("^[0-9]{4}(0[1-9]|1[0-2])$")]
    [InlineData("[0-9]+")]
    [InlineData("^[0-9]+?$")]
    [InlineData("^a?[a-z]+$")]
    [InlineData("^[\\d]+$")]
    [InlineData("^.?[0-9]+$")]
    public void Patterns_outside_the_simple_form_are_left_to_the_regex(string pattern)
    {
        Assert.False(StringPattern.Create(pattern).IsSimple);
    }

    [Fact]
    public void Only_the_specs_email_and_date_patterns_need_the_regex()
    {
        var patterns = AllSpecPatterns();

        var regexOnly = patterns.Where(p => !StringPattern.Create(p).IsSimple).Distinct().OrderBy(p => p, StringComparer.Ordinal);

        Assert.Equal(
            new[]
            {
                "^[0-9]{2}(0[1-9]|1[0-2])$",
                "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$",
                "^[^@\\s]+@[^@\\s]+$",
            },
            regexOnly);
    }

    /// <summary>The pattern of every schema the spec holds: components, parameters, bodies and callbacks alike.</summary>
    private static List<string> AllSpecPatterns()
    {
        var collector = new PatternCollector();
        new OpenApiWalker(collector).Walk(FinpaySpec.Embedded);
        return collector.Patterns;
    }

    private sealed class PatternCollector : OpenApiVisitorBase
    {
        public List<string> Patterns { get; } = new();

        public override void Visit(IOpenApiSchema schema)
        {
            if (schema is not OpenApiSchemaReference && schema.Pattern is { } pattern)
                Patterns.Add(pattern);
        }
    }
}
