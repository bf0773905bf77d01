using Finpay.Generated.Serialization;

namespace Finpay.Generated;

/// <summary>The Finpay card API client, generated from spec/finpay-card.yaml.</summary>
// NSwag's partial hook: the generated client serializes with the same settings as the rest of the SDK.
public partial class FinpayCardClient
{
    static partial void UpdateJsonSerializerSettings(Newtonsoft.Json.JsonSerializerSettings settings) => FinpayJson.Apply(settings);
}
