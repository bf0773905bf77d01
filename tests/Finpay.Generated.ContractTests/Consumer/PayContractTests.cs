using System.Threading.Tasks;
using Finpay.Generated.ContractTests.Dsl;
using Xunit;

namespace Finpay.Generated.ContractTests.Consumer;

[Trait("Category", "Consumer")]
public sealed class PayContractTests
{
    [Fact]
    public async Task One_click_payment_with_a_stored_card_returns_the_captured_payment()
    {
        using var pact = FinpayContract.NewPact();
        pact.UponReceiving("a one-click payment with a stored card")
            .Given(ProviderStates.StoredCard, new { cardToken = FinpayContract.StoredCardToken })
            .Given(ProviderStates.NoOrder, new { orderId = "1685522307103" })
            .WithOperation("pay")
            .AsMerchant()
            .WithJsonBody(new
            {
                order = new
                {
                    id = "1685522307103",
                    amount = FinpayContract.Digits("1000"),
                    currency = "IDR",
                    description = Match.Type("Testing"),
                },
                customer = new
                {
                    id = Match.Type("hajar.finnet@gmail.com"),
                    email = Match.Type("hajar.finnet@gmail.com"),
                    mobilePhone = Match.Regex("+6281286288844", "^[+]?[0-9]{6,19}$"),
                },
                card = new
                {
                    token = Match.Regex(FinpayContract.StoredCardToken, "^[0-9a-fA-F]{64}$"),
                    storedOnFile = "STORED",
                },
            })
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new
            {
                responseCode = "2000000",
                responseMessage = Match.Type("Success"),
                data = new
                {
                    acquirer = new
                    {
                        id = Match.Type("CIMB_S2I"),
                        transactionId = Match.Type("123456789"),
                    },
                    amount = Match.Integer(1000),
                    authorizationCode = Match.Type("082941"),
                    currency = "IDR",
                    id = Match.Type("C-46081b76-b4e7-4260-aebc-bdd5368d186d"),
                    reference = Match.Type("C-46081b76-b4e7-4260-aebc-bdd5368d186d"),
                    source = Match.Type("INTERNET"),
                    type = Match.Type("CAPTURE"),
                },
                processingTime = FinpayContract.ProcessingTime,
            });

        await pact.VerifyAsync(async mockServer =>
        {
            using var client = FinpayContract.Client(mockServer);
            var response = await client.Client.PayAsync(new PaymentRequest
            {
                Order = new Order { Id = "1685522307103", Amount = 1000, Currency = "IDR", Description = "Testing" },
                Customer = new Customer { Id = "hajar.finnet@gmail.com", Email = "hajar.finnet@gmail.com", MobilePhone = "+6281286288844" },
                Card = new Card { Token = FinpayContract.StoredCardToken, StoredOnFile = "STORED" },
            });

            Assert.Equal("2000000", response.ResponseCode);
            Assert.Equal(1000m, response.Data.Amount);
            Assert.Equal("IDR", response.Data.Currency);
            Assert.Equal("CAPTURE", response.Data.Type);
            Assert.Equal("CIMB_S2I", response.Data.Acquirer?.Id);
        });
    }

    [Fact]
    public async Task One_click_payment_without_storedOnFile_surfaces_Finpays_invalid_mandatory_field_error()
    {
        // The spec leaves card.storedOnFile optional (it is conditional), so the SDK sends the request; Finpay wants it.
        using var pact = FinpayContract.NewPact();
        pact.UponReceiving("a one-click payment without storedOnFile")
            .Given(ProviderStates.StoredCard, new { cardToken = FinpayContract.StoredCardToken })
            .Given(ProviderStates.NoOrder, new { orderId = "ORDER-NO-SOF-0001" })
            .WithOperation("pay")
            .AsMerchant()
            .WithJsonBody(new
            {
                order = new { id = "ORDER-NO-SOF-0001", amount = FinpayContract.Digits("1000") },
                customer = new { mobilePhone = Match.Regex("+6281286288844", "^[+]?[0-9]{6,19}$") },
                card = new { token = Match.Regex(FinpayContract.StoredCardToken, "^[0-9a-fA-F]{64}$") },
            })
            .WillRespond()
            .WithStatus(400)
            .WithJsonBody(new
            {
                responseCode = Match.Regex("4000002", "^400[0-9]{4}$"),
                responseMessage = "Invalid Mandatory Field card.storedOnFile",
            });

        await pact.VerifyAsync(async mockServer =>
        {
            using var client = FinpayContract.Client(mockServer);
            var request = new PaymentRequest
            {
                Order = new Order { Id = "ORDER-NO-SOF-0001", Amount = 1000 },
                Customer = new Customer { MobilePhone = "+6281286288844" },
                Card = new Card { Token = FinpayContract.StoredCardToken },
            };

            var failure = await ApiFailure.CaptureAsync(() => client.Client.PayAsync(request));

            Assert.Equal(400, failure.Status);
            Assert.Equal("4000002", failure.ResponseCode);
            Assert.Equal("Invalid Mandatory Field card.storedOnFile", failure.ResponseMessage);
        });
    }
}
