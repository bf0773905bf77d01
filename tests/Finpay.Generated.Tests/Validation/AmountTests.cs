using System.Linq;
using Finpay.Generated.Serialization;
using Newtonsoft.Json.Linq;
using Xunit;

namespace Finpay.Generated.Tests.Validation;

public class AmountTests
{
    [Fact]
    public void A_request_amount_is_a_number_in_csharp_and_a_string_of_digits_on_the_wire()
    {
        var order = new Order { Id = "ORDER-1", Amount = 150000, SurchargeAmount = 0 };

        var json = JObject.Parse(FinpayJson.Serialize(order));

        Assert.Equal(JTokenType.String, json["amount"]!.Type);
        Assert.Equal("150000", (string?)json["amount"]);
        Assert.Equal("0", (string?)json["surchargeAmount"]);
    }

    [Fact]
    public void A_whole_amount_with_a_scale_is_sent_as_its_digits_alone()
    {
        var order = new Order { Id = "ORDER-1", Amount = 1000.00m };

        Assert.Empty(order.Validate());
        Assert.Equal("1000", (string?)JObject.Parse(FinpayJson.Serialize(order))["amount"]);
    }

    [Fact]
    public void An_answer_amount_stays_a_json_number()
    {
        var json = JObject.Parse(FinpayJson.Serialize(new PaymentData { Amount = 1000 }));

        Assert.Equal(JTokenType.Integer, json["amount"]!.Type);
    }

    [Theory]
    [InlineData("123456789012345", "maxLength")]
    [InlineData("1000.5", "pattern")]
    [InlineData("-1000", "pattern")]
    public void An_amount_with_more_than_14_digits_a_fraction_or_a_sign_is_rejected_before_sending(string amount, string rule)
    {
        var order = new Order { Id = "ORDER-1", Amount = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) };

        var error = Assert.Single(order.Validate());

        Assert.Equal(("amount", rule), (error.Path, error.Rule));
    }

    [Fact]
    public void The_largest_14_digit_amount_is_valid()
    {
        var item = new OrderItem { Name = "Plan", Category = "software", Quantity = "1", UnitPrice = 99999999999999m };

        Assert.Empty(item.Validate());
    }

    [Fact]
    public void A_request_amount_reads_back_from_its_string()
    {
        var order = FinpayJson.Deserialize<RefundOrder>("{\"id\":\"ORDER-1\",\"amount\":\"4000\"}")!;

        Assert.Equal(4000m, order.Amount);
        Assert.Equal(new[] { "id", "amount" }, JObject.Parse(FinpayJson.Serialize(order)).Properties().Select(p => p.Name));
    }
}
