using Finpay.Generated.Serialization;
using Finpay.Generated.Validation;

namespace Finpay.Generated;

/// <summary>The Finpay card API client, generated from spec/finpay-card.yaml.</summary>
// NSwag's partial hooks: the generated client serializes with the same settings as the rest of the SDK, validates every
// request body while serializing it and every path parameter once the URL is built; both happen before SendAsync.
public partial class FinpayCardClient
{
    static partial void UpdateJsonSerializerSettings(Newtonsoft.Json.JsonSerializerSettings settings)
    {
        FinpayJson.Apply(settings);
        settings.ContractResolver = ValidatingContractResolver.Instance;
    }

    partial void PrepareRequest(System.Net.Http.HttpClient client, System.Net.Http.HttpRequestMessage request, System.Text.StringBuilder urlBuilder) =>
        Client.FinpayRequestPath.ThrowIfInvalid(urlBuilder.ToString());
}
