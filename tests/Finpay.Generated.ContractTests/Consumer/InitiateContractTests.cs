using System.Threading.Tasks;
using Finpay.Generated.ContractTests.Dsl;
using Finpay.Generated.Tests.Snapshots;
using Xunit;

namespace Finpay.Generated.ContractTests.Consumer;

[Trait("Category", "Consumer")]
public sealed class InitiateContractTests
{
    private static object ExpectedCustomer => new
    {
        id = Match.Type("hajar.finnet@gmail.com"),
        email = Match.Type("hajar.finnet@gmail.com"),
        firstName = Match.Type("Hajar"),
        lastName = Match.Type("Ismail"),
        mobilePhone = Match.Regex("+6281286288844", "^[+]?[0-9]{6,19}$"),
    };

    [Fact]
    public async Task Recurring_initiate_returns_the_hosted_card_page_and_its_expiry()
    {
        using var pact = FinpayContract.NewPact();
        pact.UponReceiving("a recurring initiate for a new order")
            .Given(ProviderStates.NoOrder, new { orderId = "1686716101151" })
            .WithOperation("initiate")
            .AsMerchant()
            .WithJsonBody(new
            {
                order = new
                {
                    id = "1686716101151",
                    amount = FinpayContract.Digits("1000"),
                    currency = "IDR",
                    description = Match.Type("Testing"),
                },
                customer = ExpectedCustomer,
                url = new { callbackUrl = Match.Regex("https://merchant.example/finpay/callback", "^https?://.+$") },
                recurring = new
                {
                    type = "PURCHASE",
                    id = Match.Type("abcd"),
                    amount = FinpayContract.Digits("1000"),
                    interval = FinpayContract.Digits("1"),
                    intervalUnit = Match.Regex("monthly", "^[a-z]+$"),
                    maxInterval = FinpayContract.Digits("2"),
                    startDate = Match.Regex("20230715", "^[0-9]{8}$"),
                    endDate = Match.Regex("20240715", "^[0-9]{8}$"),
                    retry = new
                    {
                        interval = FinpayContract.Digits("1"),
                        intervalUnit = Match.Regex("minutes", "^[a-z]+$"),
                        maxInterval = FinpayContract.Digits("1"),
                    },
                },
                sourceOfFunds = new { type = "cc" },
            })
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new
            {
                responseCode = "2000000",
                responseMessage = Match.Type("Success"),
                redirecturl = Match.Regex(
                    "https://devo.finpay.id/pg/payment/card/access/5deff9bd9b6be81ec2cc9d87b4f4eed5dae09198fd65731ed0eaf46a3aba5ffe",
                    "^https?://.+/pg/payment/card/access/[0-9a-f]{64}$"),
                expiryLink = Match.DateTime("2023-07-15 14:42:01", "yyyy-MM-dd HH:mm:ss"),
                processingTime = FinpayContract.ProcessingTime,
            });

        await pact.VerifyAsync(async mockServer =>
        {
            using var client = FinpayContract.Client(mockServer);
            // Finpay's own recurring sample, built in code as the snapshot tests build it.
            var response = await client.Client.InitiateAsync(RequestFactory.RecurringInitiate());

            Assert.Equal("2000000", response.ResponseCode);
            Assert.EndsWith("/pg/payment/card/access/5deff9bd9b6be81ec2cc9d87b4f4eed5dae09198fd65731ed0eaf46a3aba5ffe", response.RedirectUrl);
            Assert.Equal("2023-07-15 14:42:01", response.ExpiryLink);
            Assert.True(response.ProcessingTime > 0);
        });
    }
}
