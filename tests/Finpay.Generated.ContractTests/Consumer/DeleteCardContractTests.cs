using System.Threading.Tasks;
using Xunit;

namespace Finpay.Generated.ContractTests.Consumer;

[Trait("Category", "Consumer")]
public sealed class DeleteCardContractTests
{
    [Fact]
    public async Task Deleting_a_stored_card_succeeds()
    {
        using var pact = FinpayContract.NewPact();
        pact.UponReceiving("a delete of a stored card")
            .Given(ProviderStates.StoredCard, new { cardToken = FinpayContract.StoredCardToken })
            .WithOperation("deleteCard", FinpayContract.StoredCardToken)
            .AsMerchant()
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(FinpayContract.OperationSucceeded);

        await pact.VerifyAsync(async mockServer =>
        {
            using var client = FinpayContract.Client(mockServer);
            var response = await client.Client.DeleteCardAsync(FinpayContract.StoredCardToken);

            Assert.Equal("2000000", response.ResponseCode);
        });
    }
}
