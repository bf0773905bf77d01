using System.Threading.Tasks;
using Finpay.Generated.Analyzers.Rules;
using Finpay.Generated.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Finpay.Generated.Analyzers.Tests.Analyzers;

public sealed class ConstantPatternRuleTests
{
    private const string Usings = "using Finpay.Generated;\n";

    private static Task Verify(string code) => FinpayAnalyzerTest<ConstantAssignmentAnalyzer>.VerifyAsync(Usings + code);

    [Fact]
    public async Task A_non_digit_amount_a_dashed_date_a_lower_case_currency_and_a_non_http_url_are_reported()
    {
        await new FinpayAnalyzerTest<ConstantAssignmentAnalyzer>
        {
            TestCode = Usings + """
                class C
                {
                    const string Date = "2023-07-15";

                    InitiateRequest M() => new InitiateRequest
                    {
                        Order = new Order { Id = "A1", Amount = {|#0:10.5m|}, Currency = {|FINPAY002:"idr"|} },
                        Recurring = new Recurring { StartDate = {|FINPAY001:{|FINPAY002:Date|}|}, EndDate = "20240715" },
                        Url = new Url { CallbackUrl = {|FINPAY002:"ftp://merchant.example/callback"|} },
                    };
                }
                """,
            ExpectedDiagnostics =
            {
                new DiagnosticResult(ConstantPatternRule.Rule).WithLocation(0)
                    .WithMessage("'Order.Amount' must match the spec's pattern ^[0-9]+$, but this constant does not"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task A_final_dollar_means_the_end_of_the_input_as_in_JSON_Schema_so_a_trailing_line_feed_is_reported()
    {
        await Verify("""
            class C
            {
                Customer M() => new Customer { MobilePhone = {|FINPAY002:"+6281286288844\n"|} };
            }
            """);
    }

    [Fact]
    public async Task A_negative_amount_and_a_string_that_breaks_an_open_sets_pattern_are_reported()
    {
        await Verify("""
            class C
            {
                void M(Order order, Recurring recurring, Card card)
                {
                    order.SurchargeAmount = {|FINPAY002:-500|};
                    recurring.IntervalUnit = {|FINPAY002:"Monthly"|};
                    card.StoredOnFile = "STORED";
                    order.Amount = 1000;
                }
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
    public async Task A_constant_of_the_wrong_length_and_format_gets_both_rules_on_the_same_span()
    {
        await Verify("""
            class C { void M(Order order) => order.Amount = {|FINPAY001:{|FINPAY002:-12345678901234.5m|}|}; }
            """);
    }
}
