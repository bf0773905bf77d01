using System;
using System.Text;
using Finpay.Generated.ContractTests.Dsl;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.ContractTests.Consumer;

/// <summary>The contract between this SDK and Finpay: its names, the sandbox merchant's credentials and shared matchers.</summary>
internal static class FinpayContract
{
    public const string ConsumerName = "Finpay.Generated";

    public const string ProviderName = "Finpay";

    public const string PactFileName = ConsumerName + "-" + ProviderName + ".json";

    /// <summary>The sandbox merchant of Finpay's documentation; the provider must accept exactly these credentials.</summary>
    public const string MerchantId = "FINPAY770";

    public const string MerchantKey = "SoSecret123";

    /// <summary>
    /// The SDK's one client, wired as a merchant wires it, pointed at a Pact mock server or Prism. The mock answers a request
    /// it does not expect with 500; one attempt keeps the report to that one request.
    /// </summary>
    public static FinpayTestClient Client(Uri server, string merchantKey = MerchantKey) =>
        FinpayTestClient.Create(server, MerchantId, merchantKey, options => options.MaxRetries = 0);

    /// <summary>A key the provider must reject with 401.</summary>
    public const string WrongMerchantKey = "NotTheKey999";

    public const string StoredCardToken = "81b36a850c2e40458bad296f952084b516c919ca717d448722782769b81b9fd9";

    /// <summary>A pact for one test, written into the run's output folder (see <see cref="RepositoryLayout.GeneratedPacts"/>).</summary>
    public static ConsumerPact NewPact() => new(ConsumerName, ProviderName, RepositoryLayout.GeneratedPacts);

    /// <summary>Basic credentials as a rule: the mock accepts any well-formed Basic header, the verifier sends the example.</summary>
    public static Matcher Authorization(string merchantKey = MerchantKey) =>
        Match.Regex("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{MerchantId}:{merchantKey}")), "^Basic [A-Za-z0-9+/]+=*$");

    /// <summary>The headers every call of the SDK carries: Basic credentials and Accept: application/json.</summary>
    public static RequestBuilder AsMerchant(this RequestBuilder request, string merchantKey = MerchantKey) =>
        request.WithHeader("Authorization", Authorization(merchantKey)).WithHeader("Accept", "application/json");

    /// <summary>The request line of <paramref name="operationId"/> as the spec states it, <paramref name="pathValue"/> in its path.</summary>
    public static RequestBuilder WithOperation(this RequestBuilder request, string operationId, string? pathValue = null) =>
        request.WithRequest(ApiPaths.Method(operationId).Method, ApiPaths.Target(operationId, pathValue));

    /// <summary>Seconds Finpay spent, always a fraction in Finpay's answers (0.12071895599365234).</summary>
    public static Matcher ProcessingTime => Match.Decimal(0.12071895599365234);

    /// <summary>A string of digits, as Finpay wants amounts and other numbers in requests.</summary>
    public static Matcher Digits(string example) => Match.Regex(example, "^[0-9]+$");

    /// <summary>The body of a successful cancel, void, refund or delete-card.</summary>
    public static object OperationSucceeded => new
    {
        responseCode = "2000000",
        responseMessage = Match.Type("Success"),
        processingTime = ProcessingTime,
    };
}
