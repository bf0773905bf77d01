using System.Threading.Tasks;
using Finpay.Generated.ContractTests.Dsl;
using Xunit;

namespace Finpay.Generated.ContractTests.Consumer;

[Trait("Category", "Consumer")]
public sealed class CheckStatusContractTests
{
    [Fact]
    public async Task Check_status_of_a_paid_order_returns_the_order_the_masked_card_and_PAID()
    {
        using var pact = FinpayContract.NewPact();
        pact.UponReceiving("a status check of a paid order")
            .Given(
                ProviderStates.PaidOrderWithStoredCard,
                new { orderId = "ORDER-PAID-0001", amount = "150000", cardToken = FinpayContract.StoredCardToken })
            .WithOperation("checkStatus", "ORDER-PAID-0001")
            .AsMerchant()
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new
            {
                responseCode = "2000000",
                responseMessage = Match.Type("Success"),
                data = new
                {
                    order = new
                    {
                        id = "ORDER-PAID-0001",
                        reference = Match.Type("C-46081b76-b4e7-4260-aebc-bdd5368d186d"),
                        amount = Match.Integer(150000),
                        currency = "IDR",
                    },
                    card = new
                    {
                        mask = Match.Regex("481111******1114", "^[0-9]{6}[*]+[0-9]{4}$"),
                        info = new { brand = Match.Type("VISA") },
                    },
                    result = new
                    {
                        payment = new
                        {
                            status = "PAID",
                            statusDesc = Match.Type("Paid"),
                            amount = Match.Integer(150000),
                        },
                    },
                },
                processingTime = FinpayContract.ProcessingTime,
            });

        await pact.VerifyAsync(async mockServer =>
        {
            using var client = FinpayContract.Client(mockServer);
            var response = await client.Client.CheckStatusAsync("ORDER-PAID-0001");

            Assert.Equal("2000000", response.ResponseCode);
            Assert.Equal("ORDER-PAID-0001", response.Data?.Order?.Id);
            Assert.Equal(150000m, response.Data?.Order?.Amount);
            Assert.Equal("PAID", response.Data?.Result?.Payment?.Status);
            Assert.Equal("481111******1114", response.Data?.Card?.Mask);
        });
    }

    [Fact]
    public async Task Check_status_of_an_unknown_order_surfaces_404_from_Finpay()
    {
        using var pact = FinpayContract.NewPact();
        pact.UponReceiving("a status check of an unknown order")
            .Given(ProviderStates.NoOrder, new { orderId = "ORDER-UNKNOWN-0001" })
            .WithOperation("checkStatus", "ORDER-UNKNOWN-0001")
            .AsMerchant()
            .WillRespond()
            .WithStatus(404)
            .WithJsonBody(new
            {
                responseCode = Match.Regex("4040101", "^404[0-9]{4}$"),
                responseMessage = Match.Type("Transaction Not Found"),
            });

        await pact.VerifyAsync(async mockServer =>
        {
            using var client = FinpayContract.Client(mockServer);

            var failure = await ApiFailure.CaptureAsync(() => client.Client.CheckStatusAsync("ORDER-UNKNOWN-0001"));

            Assert.Equal(404, failure.Status);
            Assert.StartsWith("404", failure.ResponseCode);
            Assert.Equal("Transaction Not Found", failure.ResponseMessage);
        });
    }

    [Fact]
    public async Task Check_status_with_a_wrong_merchant_key_surfaces_401_from_Finpay()
    {
        using var pact = FinpayContract.NewPact();
        // The order exists: the key alone is what Finpay refuses.
        pact.UponReceiving("a status check with a wrong merchant key")
            .Given(ProviderStates.PaidOrder, new { orderId = "ORDER-PAID-0001", amount = "150000" })
            .WithOperation("checkStatus", "ORDER-PAID-0001")
            .AsMerchant(FinpayContract.WrongMerchantKey)
            .WillRespond()
            .WithStatus(401)
            .WithJsonBody(new
            {
                responseCode = Match.Regex("4010000", "^401[0-9]{4}$"),
                responseMessage = Match.Type("Unauthorized"),
            });

        await pact.VerifyAsync(async mockServer =>
        {
            using var client = FinpayContract.Client(mockServer, FinpayContract.WrongMerchantKey);

            var failure = await ApiFailure.CaptureAsync(() => client.Client.CheckStatusAsync("ORDER-PAID-0001"));

            Assert.Equal(401, failure.Status);
            Assert.StartsWith("401", failure.ResponseCode);
        });
    }
}
