using Finpay.Generated.Validation;
using Xunit;

namespace Finpay.Generated.Tests.Validation;

/// <summary>
/// The one home of "length counts Unicode code points" (JSON Schema's minLength/maxLength), compiled into the SDK's
/// validators, the FINPAY001 analyzer and the sandbox.
/// </summary>
public class CodePointsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("IDR", 3)]
    [InlineData("\U0001F600", 1)]
    [InlineData("a\U0001F600b", 3)]
    [InlineData("\U0001F600\U0001F600", 2)]
    [InlineData("e\u0301", 2)]
    public void Surrogate_pairs_count_once_and_combining_marks_count_as_themselves(string value, int expected)
    {
        Assert.Equal(expected, CodePoints.Count(value));
    }

    [Fact]
    public void An_unpaired_surrogate_counts_as_one_wherever_it_stands()
    {
        // Built in code: test-case attributes would turn a lone surrogate into U+FFFD before the test sees it.
        (string Value, int Expected)[] cases =
        {
            ("\uD83D", 1), ("\uDE00", 1), ("\uDE00\uD83D", 2), ("a\uD83D", 2), ("\uD83D\uD83D\uDE00", 2), ("\uD83Da", 2),
        };

        Assert.All(cases, c => Assert.Equal(c.Expected, CodePoints.Count(c.Value)));
    }

    [Fact]
    public void Fifty_emoji_are_fifty_code_points_though_dotnet_counts_a_hundred_chars()
    {
        var fifty = string.Concat(System.Linq.Enumerable.Repeat("\U0001F600", 50));

        Assert.Equal(100, fifty.Length);
        Assert.Equal(50, CodePoints.Count(fifty));
    }
}
