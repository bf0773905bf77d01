using System.Collections.Generic;
using System.Linq;
using Finpay.Generated.Tests.Snapshots;
using Finpay.Generated.Validation;
using Xunit;

// These tests build invalid requests on purpose, as values arriving at run time would be; written as constants, FINPAY001
// and FINPAY002 stop them at compile time, which is the analyzer's job but not what is tested here.
#pragma warning disable FINPAY001, FINPAY002

namespace Finpay.Generated.Tests.Validation;

public sealed class RequestValidationTests
{
    private const string Emoji = "\U0001F600";

    [Fact]
    public void Finpays_sample_requests_and_a_payment_with_every_optional_object_are_valid()
    {
        Assert.Empty(RequestFactory.RecurringInitiate().Validate());
        Assert.Empty(RequestFactory.OneClickPayment().Validate());
        Assert.Empty(RequestFactory.FullPayment().Validate());
    }

    [Fact]
    public void An_over_long_item_name_is_reported_at_its_wire_path_with_its_index()
    {
        var payment = RequestFactory.OneClickPayment();
        payment.Order.Item = new List<OrderItem> { Item("a"), Item("b"), Item(new string('n', 128)) };

        var error = Assert.Single(payment.Validate());

        Assert.Equal("order.item[2].name", error.Path);
        Assert.Equal("maxLength", error.Rule);
        Assert.Equal("is too long: maxLength is 127, the value has 128 characters (Unicode code points).", error.Message);
    }

    [Fact]
    public void Every_violation_is_listed_at_once_with_required_pattern_and_length_rules()
    {
        var payment = RequestFactory.OneClickPayment();
        payment.Customer.MobilePhone = null!;
        payment.Order.Amount = 10.5m;
        payment.Order.Currency = "RUPIAH";
        payment.Customer.Email = "no-at-sign";

        var errors = payment.Validate().Select(e => (e.Path, e.Rule)).ToList();

        Assert.Equal(
            new[] { ("order.amount", "pattern"), ("order.currency", "maxLength"), ("customer.email", "pattern"), ("customer.mobilePhone", "required") },
            errors);
    }

    [Fact]
    public void An_empty_or_over_full_item_array_breaks_minItems_or_maxItems()
    {
        var empty = RequestFactory.OneClickPayment();
        empty.Order.Item = new List<OrderItem>();
        var full = RequestFactory.OneClickPayment();
        full.Order.Item = Enumerable.Range(0, 101).Select(i => Item("i" + i)).ToList();

        Assert.Equal(("order.item", "minItems"), Single(empty));
        Assert.Equal(("order.item", "maxItems"), Single(full));
    }

    [Fact]
    public void A_recurring_purchase_without_an_amount_and_a_subscription_without_a_type_are_rejected()
    {
        var purchase = RequestFactory.RecurringInitiate();
        purchase.Recurring!.Amount = null;
        var subscription = RequestFactory.RecurringInitiate();
        subscription.Recurring!.Type = null;
        subscription.Recurring.Amount = null;
        subscription.Recurring.Subscribe = RecurringSubscribe.Y;

        Assert.Equal(("recurring.amount", "required"), Single(purchase));
        Assert.Equal(("recurring.type", "required"), Single(subscription));
    }

    [Fact]
    public void Initiate_and_pay_require_an_order_amount_and_pay_requires_the_card_token()
    {
        var initiate = RequestFactory.RecurringInitiate();
        initiate.Order.Amount = null;
        var payment = RequestFactory.OneClickPayment();
        payment.Order.Amount = null;
        payment.Card.Token = null;

        Assert.Equal(("order.amount", "required"), Single(initiate));
        Assert.Equal(new[] { ("order.amount", "required"), ("card.token", "required") }, payment.Validate().Select(e => (e.Path, e.Rule)));
    }

    [Fact]
    public void A_recurring_type_outside_the_spec_enum_is_rejected()
    {
        var initiate = RequestFactory.RecurringInitiate();
        initiate.Recurring!.Type = (RecurringType)7;

        var error = Assert.Single(initiate.Validate());

        Assert.Equal(("recurring.type", "enum"), (error.Path, error.Rule));
        Assert.Contains("PURCHASE, TOPUP", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Card_bins_shorter_than_six_digits_are_rejected_inside_transaction_filtering()
    {
        var payment = RequestFactory.OneClickPayment();
        payment.Order.TransactionFiltering = new TransactionFiltering
        {
            Accepted = new CardFilter { CardBin = new List<string> { "481111", "4811" } },
        };

        Assert.Equal(("order.transactionFiltering.accepted.cardBin[1]", "minLength"), Single(payment));
    }

    [Fact]
    public void Length_counts_code_points_so_fifty_emoji_are_a_valid_first_name_and_fifty_one_are_not()
    {
        var fifty = RequestFactory.OneClickPayment();
        fifty.Customer.FirstName = string.Concat(Enumerable.Repeat(Emoji, 50));
        var fiftyOne = RequestFactory.OneClickPayment();
        fiftyOne.Customer.FirstName = string.Concat(Enumerable.Repeat(Emoji, 51));

        Assert.Empty(fifty.Validate());
        var error = Assert.Single(fiftyOne.Validate());
        Assert.Equal("is too long: maxLength is 50, the value has 51 characters (Unicode code points).", error.Message);
    }

    [Fact]
    public void Messages_never_contain_the_card_token_number_or_cvv_even_when_they_are_invalid()
    {
        const string Token = "81b36a850c2e40458bad296f952084b516c919ca717d448722782769b81b9fdZ";
        const string Number = "4811111111111114x";
        const string Cvv = "12a";
        var payment = RequestFactory.OneClickPayment();
        payment.Card.Token = Token;
        payment.Card.Number = Number;
        payment.Card.Cvv = Cvv;

        var errors = payment.Validate();
        var exception = new FinpayValidationException(errors);

        Assert.Equal(new[] { "card.token", "card.number", "card.cvv" }, errors.Select(e => e.Path));
        foreach (var secret in new[] { Token, Number, Cvv })
        {
            Assert.DoesNotContain(secret, exception.Message, System.StringComparison.Ordinal);
            Assert.DoesNotContain(errors, e => e.ToString().Contains(secret, System.StringComparison.Ordinal));
        }
    }

    private static (string Path, string Rule) Single(InitiateRequest request)
    {
        var error = Assert.Single(request.Validate());
        return (error.Path, error.Rule);
    }

    private static (string Path, string Rule) Single(PaymentRequest request)
    {
        var error = Assert.Single(request.Validate());
        return (error.Path, error.Rule);
    }

    private static OrderItem Item(string name) => new() { Name = name, Category = "Books", Quantity = "1", UnitPrice = 1000 };
}
