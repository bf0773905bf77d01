using System.Text.Json.Nodes;

namespace Finpay.Generated.ContractTests.Dsl;

/// <summary>
/// A Pact matching rule with its example value, written into a body as pact_ffi's integration JSON
/// (<c>{"pact:matcher:type": ..., "value": ...}</c>). The mock server matches the consumer's request against the rule;
/// the verifier sends the example and matches the provider's response against the rule.
/// </summary>
public sealed class Matcher
{
    private readonly JsonObject _definition;

    internal Matcher(JsonObject definition) => _definition = definition;

    /// <summary>The integration JSON pact_ffi reads.</summary>
    internal JsonObject ToJson() => (JsonObject)_definition.DeepClone();

    /// <inheritdoc />
    public override string ToString() => _definition.ToJsonString(PactJson.Options);
}
