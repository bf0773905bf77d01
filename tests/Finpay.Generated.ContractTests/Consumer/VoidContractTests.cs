using System.Threading.Tasks;
using Finpay.Generated.ContractTests.Dsl;
using Xunit;

namespace Finpay.Generated.ContractTests.Consumer;

[Trait("Category", "Consumer")]
public sealed class VoidContractTests
{
    [Fact]
    public async Task Void_of_a_paid_order_succeeds()
    {
        using var pact = FinpayContract.NewPact();
        pact.UponReceiving("a void of a paid order")
            .Given(ProviderStates.PaidOrder, new { orderId = "ORDER-PAID-0002", amount = "1000" })
            .WithOperation("void", "ORDER-PAID-0002")
            .AsMerchant()
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(FinpayContract.OperationSucceeded);

        await pact.VerifyAsync(async mockServer =>
        {
            using var client = FinpayContract.Client(mockServer);
            var response = await client.Client.VoidAsync("ORDER-PAID-0002");

            Assert.Equal("2000000", response.ResponseCode);
        });
    }

    [Fact]
    public async Task Void_of_an_unpaid_order_surfaces_4030015_transaction_not_permitted()
    {
        using var pact = FinpayContract.NewPact();
        pact.UponReceiving("a void of an unpaid order")
            .Given(ProviderStates.InitiatedOrder, new { orderId = "ORDER-OPEN-0002", amount = "1000" })
            .WithOperation("void", "ORDER-OPEN-0002")
            .AsMerchant()
            .WillRespond()
            .WithStatus(403)
            .WithJsonBody(new
            {
                responseCode = "4030015",
                responseMessage = Match.Type("Transaction Not Permitted"),
            });

        await pact.VerifyAsync(async mockServer =>
        {
            using var client = FinpayContract.Client(mockServer);

            var failure = await ApiFailure.CaptureAsync(() => client.Client.VoidAsync("ORDER-OPEN-0002"));

            Assert.Equal(403, failure.Status);
            Assert.Equal("4030015", failure.ResponseCode);
        });
    }
}
