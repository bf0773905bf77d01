using Xunit;
using Xunit.Sdk;

namespace Finpay.Generated.ReliabilityTests.Secrets;

public class KnownSecretsTests
{
    [Fact]
    public void A_duration_whose_fraction_spells_the_cvv_is_not_the_cvv()
    {
        // Seen in a run: "ElapsedMs=0.9317" failed a secret check.
        KnownSecrets.AssertAbsent("a log", "answered 200 in 1 ms | ElapsedMs=0.9317");
    }

    [Fact]
    public void The_cvv_standing_alone_is_still_found()
    {
        Assert.Throws<XunitException>(() => KnownSecrets.AssertAbsent("a log", "cvv=" + KnownSecrets.Cvv + ","));
    }
}
