using System.IO;
using System.Threading.Tasks;
using Finpay.Generated.ContractTests.Consumer;
using Xunit;

namespace Finpay.Generated.ContractTests.Provider;

[Trait("Category", "Provider")]
public sealed class ProviderVerificationTests
{
    [Fact]
    public async Task The_sandbox_honours_every_interaction_of_the_committed_pact()
    {
        await using var provider = await FinpayProviderHost.StartAsync();

        await PactVerifier.VerifyAsync(
            FinpayContract.ProviderName,
            Path.Combine(RepositoryLayout.CommittedPacts, FinpayContract.PactFileName),
            provider.BaseAddress,
            provider.ProviderStatesUrl);
    }
}
