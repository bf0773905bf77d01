using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Finpay.Generated.Analyzers.Rules;
using Finpay.Generated.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Finpay.Generated.Analyzers.Tests.Analyzers;

public sealed class ConstantPatternRuleTests
{
    private static Task<System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>> Verify(string code) =>
        TestCompilation.VerifyAsync(new ConstantAssignmentAnalyzer(), "FINPAY002", "using Finpay.Generated;\n" + code);

    [Fact]
    public async Task A_non_digit_amount_a_dashed_date_a_lower_case_currency_and_a_non_http_url_are_reported()
    {
        var diagnostics = await Verify("""
            class C
            {
                const string Date = "2023-07-15";

                InitiateRequest M() => new InitiateRequest
                {
                    Order = new Order { Id = "A1", Amount = [|"10.00"|], Currency = [|"idr"|] },
                    Recurring = new Recurring { StartDate = [|Date|], EndDate = "20240715" },
                    Url = new Url { CallbackUrl = [|"ftp://merchant.example/callback"|] },
                };
            }
            """);

        Assert.Equal(
            "'Order.Amount' must match the spec's pattern ^[0-9]+$, but this constant does not",
            diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_final_dollar_means_the_end_of_the_input_as_in_JSON_Schema_so_a_trailing_line_feed_is_reported()
    {
        await Verify("""
            class C
            {
                Order M() => new Order { Id = "A1", Amount = [|"1000\n"|] };
            }
            """);
    }

    [Fact]
    public async Task Patterns_are_searched_as_in_JSON_Schema_so_an_unanchored_url_pattern_accepts_a_full_url()
    {
        await Verify("""
            class C
            {
                void M(Url url, Recurring recurring, Order order)
                {
                    url.CallbackUrl = "https://merchant.example/finpay/callback?x=1";
                    recurring.StartDate = "20230715";
                    order.Id = "order_2024-01";
                }
            }
            """);
    }

    [Fact]
    public async Task A_constant_of_the_wrong_length_and_format_gets_both_rules()
    {
        var source = MarkedSource.Parse("""
            using Finpay.Generated;
            class C { void M(Order order) => order.Amount = [|"12345678901234x"|]; }
            """);
        var compilation = TestCompilation.Create(source.Code);

        var diagnostics = await TestCompilation.AnalyzeAsync(new ConstantAssignmentAnalyzer(), compilation);

        Assert.Equal(new[] { "FINPAY001", "FINPAY002" }, diagnostics.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(source.Spans.Single(), d.Location.SourceSpan));
    }
}
