using System.Linq;
using System.Threading.Tasks;
using Finpay.Generated.Analyzers.Rules;
using Finpay.Generated.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Finpay.Generated.Analyzers.Tests.Analyzers;

public sealed class ConstantLengthRuleTests
{
    private const string Usings = "using Finpay.Generated;\n";

    private static Task Verify(string code) => FinpayAnalyzerTest<ConstantAssignmentAnalyzer>.VerifyAsync(Usings + code);

    [Fact]
    public async Task An_over_long_order_id_in_a_nested_initializer_is_reported_on_the_constant_with_type_range_and_length()
    {
        await new FinpayAnalyzerTest<ConstantAssignmentAnalyzer>
        {
            TestCode = Usings + """
                class C
                {
                    PaymentRequest M() => new PaymentRequest { Order = new Order { Id = {|#0:"1234567890123456789012345678901"|} } };
                }
                """,
            ExpectedDiagnostics =
            {
                new DiagnosticResult(ConstantLengthRule.Rule).WithLocation(0)
                    .WithMessage("'Order.Id' allows 1 to 30 characters (Unicode code points), but this constant has 31"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task An_amount_of_15_digits_is_reported_with_its_digit_count_and_14_digits_pass()
    {
        await new FinpayAnalyzerTest<ConstantAssignmentAnalyzer>
        {
            TestCode = Usings + """
                class C
                {
                    const long Big = 123456789012345;

                    void M(Order order, RefundOrder refund)
                    {
                        order.Amount = {|#0:Big|};
                        refund.Amount = 99999999999999m;
                    }
                }
                """,
            ExpectedDiagnostics =
            {
                new DiagnosticResult(ConstantLengthRule.Rule).WithLocation(0)
                    .WithMessage("'Order.Amount' allows 1 to 14 characters (Unicode code points), but this constant has 15"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Plain_assignments_const_fields_const_locals_concatenations_and_constant_interpolations_are_reported()
    {
        await Verify("""
            class C
            {
                const string Prefix = "ORDER-2024-";
                const string TooLongId = Prefix + "01234567890123456789";

                void M(Order order, Customer customer, Card card)
                {
                    const string Local = "0123456789012345678901234567890123456789012345678901";
                    order.Id = {|FINPAY001:TooLongId|};
                    customer.FirstName = {|FINPAY001:Local|};
                    order.Description = {|FINPAY001:$"{Prefix}{Local}{Local}{Local}"|};
                    card.Cvv = {|FINPAY001:"12" + "345"|};
                }
            }
            """);
    }

    [Fact]
    public async Task A_constant_shorter_than_minLength_is_reported_and_an_exact_length_names_it_and_the_pattern_rule_reports_too()
    {
        await new FinpayAnalyzerTest<ConstantAssignmentAnalyzer>
        {
            TestCode = Usings + """
                class C
                {
                    void M(Order order)
                    {
                        order.Id = {|FINPAY001:{|FINPAY002:""|}|};
                        order.Currency = {|#0:{|FINPAY002:"IDRX"|}|};
                    }
                }
                """,
            ExpectedDiagnostics =
            {
                new DiagnosticResult(ConstantLengthRule.Rule).WithLocation(0)
                    .WithMessage("'Order.Currency' allows exactly 3 characters (Unicode code points), but this constant has 4"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Literals_are_measured_by_their_value_so_escapes_count_once_and_verbatim_and_raw_literals_are_read()
    {
        await Verify(""""
            class C
            {
                void M(Order a, Order b, Order c, Order d)
                {
                    a.Currency = "I\u0044R";
                    b.Currency = {|FINPAY001:{|FINPAY002:@"ID""R"|}|};
                    c.Currency = {|FINPAY001:{|FINPAY002:"""IDRX"""|}|};
                    d.Currency = """IDR""";
                }
            }
            """");
    }

    [Fact]
    public async Task Length_counts_code_points_so_fifty_emoji_fit_a_fifty_character_name_and_fifty_one_do_not()
    {
        var fifty = string.Concat(Enumerable.Repeat("\U0001F600", 50));
        await new FinpayAnalyzerTest<ConstantAssignmentAnalyzer>
        {
            TestCode = Usings + $$"""
                class C
                {
                    void M(Customer customer, Customer other)
                    {
                        customer.FirstName = "{{fifty}}";
                        other.FirstName = {|#0:"{{fifty}}😀"|};
                    }
                }
                """,
            ExpectedDiagnostics =
            {
                new DiagnosticResult(ConstantLengthRule.Rule).WithLocation(0)
                    .WithMessage("'Customer.FirstName' allows 1 to 50 characters (Unicode code points), but this constant has 51"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Valid_constants_non_constant_values_null_and_unrelated_types_with_the_same_property_names_are_silent()
    {
        await Verify("""
            class Order2 { public string? Id { get; set; } }
            class C
            {
                static string Compute() => "01234567890123456789012345678901234567890";

                void M(Order order, string input)
                {
                    order.Id = "1686716101151";
                    order.Currency = "IDR";
                    order.Description = input + "0123456789012345678901234567890123456789";
                    order.Id = Compute();
                    order.Amount = null;
                    new Order2 { Id = "01234567890123456789012345678901234567890" };
                    var recurring = new Recurring { Type = RecurringType.PURCHASE, Amount = 1000 };
                }
            }
            """);
    }
}
