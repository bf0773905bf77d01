using System;
using System.Threading.Tasks;
using Finpay.Generated.Serialization;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Values;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.Tests.Runtime;

public class ExtensibleValueTests
{
    [Fact]
    public async Task An_unknown_payment_status_from_the_server_round_trips_through_the_dto_and_the_struct()
    {
        await using var server = await LoopbackServer.AnsweringAsync(200, FinpayAnswers.CheckStatus("Partially_Voided"));
        using var harness = TestClients.Create(server.BaseUrl);

        var response = await harness.Client.CheckStatusAsync("ORDER-1");
        PaymentStatus status = response.Data.Result!.Payment!.Status!.Value;
        response.Data.Result.Payment.Status = status;

        Assert.Equal("Partially_Voided", status.ToString());
        Assert.NotEqual(PaymentStatus.Paid, status);
        Assert.Equal(new PaymentStatus("PARTIALLY_VOIDED"), status);
        Assert.Contains("\"status\":\"Partially_Voided\"", FinpayJson.Serialize(response));
    }

    [Fact]
    public void Unknown_values_of_every_open_set_survive_a_dto_round_trip_exactly()
    {
        const string json =
            """{"responseCode":"2000000","responseMessage":"Success","data":{"amount":1000,"source":"Quantum_Link","type":"SPLIT_capture"},"processingTime":1.5}""";

        var response = FinpayJson.Deserialize<PaymentResponse>(json)!;
        TransactionSource source = response.Data.Source!.Value;
        TransactionType type = response.Data.Type!.Value;
        response.Data.Source = source;
        response.Data.Type = type;

        Assert.True(JToken.DeepEquals(JToken.Parse(json), JToken.Parse(FinpayJson.Serialize(response))));
        Assert.Equal("Quantum_Link", (string)source);
        Assert.Equal("SPLIT_capture", (string)type);
    }

    [Fact]
    public void Request_side_open_sets_send_unknown_values_as_given()
    {
        var card = new Card { StoredOnFile = new CardStorage("STORED_ELSEWHERE") };
        var recurring = new Recurring { IntervalUnit = new IntervalUnit("fortnightly") };
        var source = new SourceOfFunds { Type = new SourceOfFundsType("qris") };

        Assert.Equal("""{"storedOnFile":"STORED_ELSEWHERE"}""", FinpayJson.Serialize(card));
        Assert.Equal("""{"intervalUnit":"fortnightly"}""", FinpayJson.Serialize(recurring));
        Assert.Equal("""{"type":"qris"}""", FinpayJson.Serialize(source));
        Assert.Equal("cc", SourceOfFundsType.Card);
        Assert.Equal("TO_BE_STORED", CardStorage.ToBeStored);
        Assert.Equal("monthly", IntervalUnit.Monthly);
    }

    [Theory]
    [InlineData("2000000", true, 200)]
    [InlineData("4030015", false, 403)]
    [InlineData("5040001", false, 504)]
    [InlineData("ERR", false, null)]
    public void A_response_code_tells_success_and_its_http_like_category(string code, bool success, int? category)
    {
        var responseCode = new ResponseCode(code);

        Assert.Equal(success, responseCode.IsSuccess);
        Assert.Equal(category, responseCode.Category);
    }

    [Fact]
    public void Known_values_compare_equal_ignoring_case_and_keep_the_case_they_came_with()
    {
        PaymentStatus lower = "paid";

        Assert.True(lower == PaymentStatus.Paid);
        Assert.Equal(PaymentStatus.Paid.GetHashCode(), lower.GetHashCode());
        Assert.Equal("paid", lower.ToString());
        Assert.True(TransactionType.VoidPayment != TransactionType.VoidRefund);
    }

    [Fact]
    public void The_structs_serialize_as_plain_strings_and_read_numbers_and_nulls()
    {
        Assert.Equal("\"4040100\"", JsonConvert.SerializeObject(ResponseCode.InvalidTransactionStatus));
        Assert.Equal(ResponseCode.Success, JsonConvert.DeserializeObject<ResponseCode>("2000000"));
        Assert.Null(JsonConvert.DeserializeObject<PaymentStatus?>("null"));
        Assert.Equal("NEW", JsonConvert.DeserializeObject<PaymentStatus>("\"NEW\"").ToString());
    }

    [Fact]
    public void An_absent_string_converts_to_no_value_instead_of_throwing()
    {
        string? absent = null;

        PaymentStatus? status = absent;

        Assert.Null(status);
        Assert.Throws<ArgumentNullException>(() => new ResponseCode(null!));
    }
}
