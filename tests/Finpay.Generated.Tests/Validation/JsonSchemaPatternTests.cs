using System.Text.RegularExpressions;
using Finpay.Generated.Validation;
using Xunit;

namespace Finpay.Generated.Tests.Validation;

/// <summary>
/// The one home of "a final $ is the end of the input" (ECMA-262, as JSON Schema reads patterns), compiled into the SDK's
/// validators, the FINPAY002 analyzer and the sandbox.
/// </summary>
public class JsonSchemaPatternTests
{
    [Theory]
    [InlineData("^[0-9]+$", "^[0-9]+\\z")]
    [InlineData("^https?://", "^https?://")]
    [InlineData("^a\\$", "^a\\$")]
    [InlineData("^a\\\\$", "^a\\\\\\z")]
    [InlineData("^a\\\\\\$", "^a\\\\\\$")]
    [InlineData("$", "\\z")]
    [InlineData("", "")]
    [InlineData("^(a|b)$", "^(a|b)\\z")]
    [InlineData("^a$|^b$", "^a$|^b\\z")]
    public void A_final_unescaped_dollar_becomes_the_end_of_input_anchor_and_nothing_else_changes(string pattern, string expected)
    {
        Assert.Equal(expected, JsonSchemaPattern.ToDotNet(pattern));
    }

    [Theory]
    [InlineData("^[0-9]+$", "1000", true)]
    [InlineData("^[0-9]+$", "1000\n", false)]
    [InlineData("^[0-9]+$", "1000\r\n", false)]
    [InlineData("^[A-Z]{3}$", "IDR\n", false)]
    [InlineData("^a\\$", "a$", true)]
    [InlineData("^a\\$", "a$\n", true)]
    [InlineData("^https?://", "https://x\n", true)]
    public void Net_regex_then_reads_the_pattern_as_JSON_Schema_does(string pattern, string value, bool matches)
    {
        Assert.Equal(matches, new Regex(JsonSchemaPattern.ToDotNet(pattern), RegexOptions.CultureInvariant).IsMatch(value));
        Assert.Equal(matches, new Regex(JsonSchemaPattern.ToDotNet(pattern), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking).IsMatch(value));
    }
}
