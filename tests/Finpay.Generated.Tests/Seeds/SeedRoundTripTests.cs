using Finpay.Generated.Serialization;
using Newtonsoft.Json.Linq;
using Xunit;

namespace Finpay.Generated.Tests.Seeds;

public class SeedRoundTripTests
{
    [Theory]
    [InlineData("initiate-request.json", typeof(InitiateRequest))]
    [InlineData("initiate-response.json", typeof(InitiateResponse))]
    [InlineData("payment-request.json", typeof(PaymentRequest))]
    [InlineData("payment-response.json", typeof(PaymentResponse))]
    public void Each_seed_sample_deserializes_and_serializes_back_json_equal(string seed, System.Type type)
    {
        var json = SeedFile.Read(seed);

        var dto = Newtonsoft.Json.JsonConvert.DeserializeObject(json, type, FinpayJson.Settings)!;
        var back = FinpayJson.Serialize(dto);

        var expected = JToken.Parse(json);
        var actual = JToken.Parse(back);
        Assert.True(JToken.DeepEquals(expected, actual),
            $"{seed} did not survive the round trip.\nexpected: {expected.ToString(Newtonsoft.Json.Formatting.None)}\nactual:   {back}");
    }

    [Fact]
    public void Request_amounts_stay_strings_of_digits_on_the_wire()
    {
        var request = FinpayJson.Deserialize<InitiateRequest>(SeedFile.Read("initiate-request.json"))!;

        var wire = JObject.Parse(FinpayJson.Serialize(request));

        Assert.Equal(JTokenType.String, wire["order"]!["amount"]!.Type);
        Assert.Equal(JTokenType.String, wire["recurring"]!["amount"]!.Type);
        Assert.Equal("1000", (string?)wire["order"]!["amount"]);
    }

    [Fact]
    public void Response_amounts_stay_numbers_and_keep_their_value()
    {
        var response = FinpayJson.Deserialize<PaymentResponse>(SeedFile.Read("payment-response.json"))!;

        Assert.Equal(1000m, response.Data.Amount);
        var wire = JObject.Parse(FinpayJson.Serialize(response));
        Assert.Equal(JTokenType.Integer, wire["data"]!["amount"]!.Type);
        Assert.Equal(20230531L, response.Data.Acquirer!.Batch);
    }

    [Fact]
    public void A_response_amount_sent_as_a_string_of_digits_is_read_as_a_number()
    {
        var json = SeedFile.Read("payment-response.json").Replace("\"amount\": 1000", "\"amount\": \"1000\"");

        var response = FinpayJson.Deserialize<PaymentResponse>(json)!;

        Assert.Equal(1000m, response.Data.Amount);
    }
}
