using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Finpay.Generated.Errors;
using Xunit;

namespace Finpay.Generated.ReliabilityTests.Secrets;

/// <summary>Octokit-style conventions over every public type of the SDK, found by reflection, so a new type cannot slip past.</summary>
public class PublicTypeConventionTests
{
    private static readonly Assembly Sdk = typeof(IFinpayCardClient).Assembly;

    /// <summary>Public, concrete classes a merchant can create and fill: the DTOs, the options, anything added later.</summary>
    public static TheoryData<string> FillableClasses => new(FillableClassNames());

    private static List<string> FillableClassNames() => Sdk.GetExportedTypes()
        .Where(t => t.IsClass && !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => t.FullName!)
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToList();

    [Fact]
    public void The_convention_covers_every_dto()
    {
        var names = FillableClassNames();
        foreach (var dto in new[] { typeof(Card), typeof(PaymentRequest), typeof(InitiateRequest), typeof(PaymentResponse), typeof(CheckStatusResponse), typeof(Configuration.FinpayOptions) })
            Assert.Contains(dto.FullName!, names);
        Assert.True(names.Count >= 40, $"Only {names.Count} public classes found.");
    }

    [Theory]
    [MemberData(nameof(FillableClasses))]
    public void ToString_of_a_public_class_filled_with_secrets_shows_none(string typeName)
    {
        var type = Sdk.GetType(typeName, throwOnError: true)!;

        var instance = SecretFiller.Create(type);

        Assert.NotNull(instance);
        KnownSecrets.AssertAbsent($"{type.Name}.ToString()", instance!.ToString());
    }

    [Fact]
    public void The_filler_really_puts_the_secrets_into_a_card()
    {
        var card = (Card)SecretFiller.Create(typeof(Card))!;

        Assert.Equal((KnownSecrets.CardToken, KnownSecrets.CardNumber, KnownSecrets.Cvv), (card.Token, card.Number, card.Cvv));
    }

    [Fact]
    public void Every_public_exception_of_the_sdk_is_a_FinpayException_and_is_provoked_by_the_secret_flow()
    {
        var exceptions = Sdk.GetExportedTypes().Where(t => typeof(Exception).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(exceptions);
        Assert.All(exceptions, t => Assert.True(typeof(FinpayException).IsAssignableFrom(t), $"{t.Name} does not derive from FinpayException."));

        // A new FinpayException type needs a way to provoke it in SecretFlowTests, so its message and ToString are checked too.
        var provoked = new HashSet<Type>(SecretFlowTests.ProvokedExceptionTypes);
        Assert.All(exceptions.Where(t => !t.IsAbstract), t => Assert.True(provoked.Contains(t), $"{t.Name} is not provoked by SecretFlowTests."));
    }
}
