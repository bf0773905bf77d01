using System.Threading.Tasks;
using Xunit;

namespace Finpay.Generated.ContractTests.Consumer;

[Trait("Category", "Consumer")]
public sealed class RefundContractTests
{
    [Fact]
    public async Task Partial_refund_of_a_paid_order_succeeds()
    {
        using var pact = FinpayContract.NewPact();
        pact.UponReceiving("a partial refund of a paid order")
            .Given(ProviderStates.PaidOrder, new { orderId = "ORDER-PAID-0003", amount = "150000" })
            .WithOperation("refund")
            .AsMerchant()
            .WithJsonBody(new { order = new { id = "ORDER-PAID-0003", amount = FinpayContract.Digits("50000") } })
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(FinpayContract.OperationSucceeded);

        await pact.VerifyAsync(async mockServer =>
        {
            using var client = FinpayContract.Client(mockServer);
            var response = await client.Client.RefundAsync(new RefundRequest
            {
                Order = new RefundOrder { Id = "ORDER-PAID-0003", Amount = 50000 },
            });

            Assert.Equal("2000000", response.ResponseCode);
        });
    }
}
