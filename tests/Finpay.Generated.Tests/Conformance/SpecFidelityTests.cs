using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Finpay.Generated.Callbacks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Finpay.Generated.Tests.Conformance;

/// <summary>
/// What real integrations and independent tools found missing from the spec: fields real clients send and read, examples a
/// spec-driven mock can answer with, the shapes of responseCode and the callback signature, a license, error statuses.
/// </summary>
public class SpecFidelityTests
{
    private static readonly JObject Spec = Load();

    private static readonly string[] Operations = { "initiate", "pay", "checkStatus", "cancel", "void", "refund", "deleteCard" };

    public static IEnumerable<object[]> OperationIds() => Operations.Select(o => new object[] { o });

    [Fact]
    public void The_spec_states_its_license()
    {
        Assert.Equal("MIT", (string?)Spec.SelectToken("info.license.name"));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Every_success_answer_has_an_example_labelled_as_finpays_or_inferred(string operationId)
    {
        var answer = Operation(operationId)["responses"]!["200"]!;
        var examples = Resolve(answer)["content"]!["application/json"]!["examples"] as JObject;

        Assert.True(examples is { Count: > 0 }, $"{operationId}: the 200 answer has no example");
        foreach (var (name, example) in examples!)
            Assert.Matches("Finpay's|inferred", (string?)example!["summary"] ?? string.Empty);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Every_operation_describes_its_error_statuses_beyond_default_each_with_an_example(string operationId)
    {
        var responses = (JObject)Operation(operationId)["responses"]!;
        var errors = responses.Properties().Where(p => p.Name.StartsWith('4')).ToList();

        Assert.NotEmpty(errors);
        Assert.NotNull(responses["default"]);
        foreach (var error in errors)
        {
            var examples = (JObject)Resolve(error.Value)["content"]!["application/json"]!["examples"]!;
            var example = Assert.Single(examples.Properties()).Value["value"]!;
            // Finpay's first three digits are the HTTP status.
            Assert.StartsWith(error.Name, (string)example["responseCode"]!);
        }
    }

    [Fact]
    public void Every_response_code_is_seven_digits_in_the_schemas_and_in_every_example()
    {
        var schemas = new[] { "InitiateResponse", "PaymentResponse", "CheckStatusResponse", "OperationResponse", "ErrorResponse" };
        foreach (var schema in schemas)
            Assert.Equal("#/components/schemas/ResponseCode", (string?)Spec.SelectToken($"components.schemas.{schema}.properties.responseCode.$ref"));
        Assert.Equal("^[0-9]{7}$", (string?)Spec.SelectToken("components.schemas.ResponseCode.pattern"));

        var codes = Spec.Descendants().OfType<JProperty>().Where(p => p.Name == "responseCode" && p.Value.Type == JTokenType.String).ToList();
        Assert.True(codes.Count >= 12, $"only {codes.Count} example response codes");
        Assert.All(codes, c => Assert.Matches("^[0-9]{7}$", (string)c.Value!));
    }

    [Fact]
    public void The_callback_signature_is_128_lower_case_hex_and_the_callback_example_verifies()
    {
        Assert.Equal("^[0-9a-f]{128}$", (string?)Spec.SelectToken("components.schemas.Callback.properties.signature.pattern"));

        var callback = CallbackOperation()["requestBody"]!["content"]!["application/json"]!["examples"]!["paid"]!["value"]!;
        var result = new FinpayCallbackVerifier("SoSecret123").Verify(callback.ToString(Formatting.None));

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal("cc", result.Callback!.SourceOfFunds!.Type);
        Assert.Equal("CC", result.Callback.SourceOfFunds.Channel);
        Assert.Equal("FINPAY770", result.Callback.Merchant!.Id);
        Assert.Equal("Pembayaran Berhasil", result.Callback.Result!.Payment!.UserDesc);
    }

    [Fact]
    public void The_callback_request_documents_finpays_client_id_header()
    {
        var header = Assert.Single(CallbackOperation()["parameters"]!, p => (string?)p["name"] == "client-id");
        Assert.Equal("header", (string?)header["in"]);
        Assert.Equal("FINPAY", (string?)header["schema"]!["example"]);
    }

    [Theory]
    [InlineData("Url", "threeDsResponseUrl")]
    [InlineData("Callback", "sourceOfFunds")]
    [InlineData("Callback", "merchant")]
    [InlineData("PaymentStatusData", "merchant")]
    [InlineData("PaymentResult", "userDesc")]
    [InlineData("PaymentResult", "amount")]
    public void The_fields_real_clients_use_are_in_the_spec_and_say_where_they_were_seen(string schema, string property)
    {
        var node = Spec.SelectToken($"components.schemas.{schema}.properties.{property}");
        Assert.NotNull(node);
        var description = (string?)Resolve(node!)["description"] ?? string.Empty;
        Assert.Matches(new Regex("[Ss]een|[Rr]ead by"), description);
    }

    [Fact]
    public void The_callback_source_of_funds_has_the_three_fields_integrations_read()
    {
        var properties = (JObject)Spec.SelectToken("components.schemas.CallbackSourceOfFunds.properties")!;
        Assert.Equal(new[] { "type", "paymentCode", "channel" }, properties.Properties().Select(p => p.Name));
    }

    [Fact]
    public void A_check_status_example_shows_payment_amount_0_before_the_order_is_paid()
    {
        var examples = Resolve(Operation("checkStatus")["responses"]!["200"]!)["content"]!["application/json"]!["examples"]!;
        var initiated = examples.Children<JProperty>().Select(p => p.Value["value"]!)
            .Single(v => (string?)v.SelectToken("data.result.payment.status") == "INITIATED");
        Assert.Equal(0m, (decimal)initiated.SelectToken("data.result.payment.amount")!);
    }

    private static JToken Operation(string operationId) =>
        ((JObject)Spec["paths"]!).Properties().SelectMany(p => ((JObject)p.Value).Properties())
        .Select(m => m.Value).Single(o => (string?)o["operationId"] == operationId);

    private static JToken CallbackOperation() =>
        Operation("initiate")["callbacks"]!["paymentResult"]!["{$request.body#/url/callbackUrl}"]!["post"]!;

    private static JToken Resolve(JToken node) =>
        node["$ref"] is { } reference ? Spec.SelectToken(((string)reference!).TrimStart('#', '/').Replace('/', '.'))! : node;

    private static JObject Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spec", "finpay-card.yaml"))));
        return (JObject)ToJson(stream.Documents[0].RootNode);
    }

    // YAML's core schema: a plain scalar may be null, a boolean or a number; a quoted one is always a string.
    private static JToken ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JObject(map.Children.Select(c => new JProperty(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode list => new JArray(list.Children.Select(ToJson)),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "null" or "~" or "" } => JValue.CreateNull(),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } scalar => new JValue(scalar.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar when Regex.IsMatch(scalar.Value!, "^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$") =>
            JToken.Parse(scalar.Value!),
        YamlScalarNode scalar => new JValue(scalar.Value),
        _ => throw new InvalidOperationException("Unexpected YAML node " + node.NodeType),
    };
}
