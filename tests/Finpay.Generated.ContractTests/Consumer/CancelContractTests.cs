using System.Threading.Tasks;
using Xunit;

namespace Finpay.Generated.ContractTests.Consumer;

[Trait("Category", "Consumer")]
public sealed class CancelContractTests
{
    [Fact]
    public async Task Cancel_of_an_unpaid_order_succeeds()
    {
        using var pact = FinpayContract.NewPact();
        pact.UponReceiving("a cancel of an unpaid order")
            .Given(ProviderStates.InitiatedOrder, new { orderId = "ORDER-OPEN-0001", amount = "1000" })
            .WithOperation("cancel", "ORDER-OPEN-0001")
            .AsMerchant()
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(FinpayContract.OperationSucceeded);

        await pact.VerifyAsync(async mockServer =>
        {
            using var client = FinpayContract.Client(mockServer);
            var response = await client.Client.CancelAsync("ORDER-OPEN-0001");

            Assert.Equal("2000000", response.ResponseCode);
        });
    }
}
