using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Finpay.Generated.Callbacks;
using Finpay.Spec;
using Microsoft.OpenApi;
using Xunit;

namespace Finpay.Generated.Tests.Conformance;

/// <summary>
/// What real integrations and independent tools found missing from the spec: fields real clients send and read, examples a
/// spec-driven mock can answer with, the shapes of responseCode and the callback signature, a license, error statuses.
/// </summary>
public class SpecFidelityTests
{
    private static readonly OpenApiDocument Spec = FinpaySpec.Embedded;

    private static readonly string[] Operations = { "initiate", "pay", "checkStatus", "cancel", "void", "refund", "deleteCard" };

    public static IEnumerable<object[]> OperationIds() => Operations.Select(o => new object[] { o });

    [Fact]
    public void The_spec_states_its_license()
    {
        Assert.Equal("MIT", Spec.Info.License?.Name);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Every_success_answer_has_an_example_labelled_as_finpays_or_inferred(string operationId)
    {
        var examples = Examples(Operation(operationId).Responses!["200"]);

        Assert.True(examples is { Count: > 0 }, $"{operationId}: the 200 answer has no example");
        foreach (var (name, example) in examples!)
            Assert.Matches("Finpay's|inferred", example.Summary ?? string.Empty);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Every_operation_describes_its_error_statuses_beyond_default_each_with_an_example(string operationId)
    {
        var responses = Operation(operationId).Responses!;
        var errors = responses.Where(r => r.Key.StartsWith('4')).ToList();

        Assert.NotEmpty(errors);
        Assert.True(responses.ContainsKey("default"));
        foreach (var error in errors)
        {
            var example = Assert.Single(Examples(error.Value)!).Value.Value!;
            // Finpay's first three digits are the HTTP status.
            Assert.StartsWith(error.Key, (string)example["responseCode"]!);
        }
    }

    [Fact]
    public void Every_response_code_is_seven_digits_in_the_schemas_and_in_every_example()
    {
        var schemas = new[] { "InitiateResponse", "PaymentResponse", "CheckStatusResponse", "OperationResponse", "ErrorResponse" };
        foreach (var schema in schemas)
            Assert.Equal("#/components/schemas/ResponseCode", (Schema(schema).Properties!["responseCode"] as OpenApiSchemaReference)?.Reference.ReferenceV3);
        Assert.Equal("^[0-9]{7}$", Schema("ResponseCode").Pattern);

        // The whole spec as Microsoft.OpenApi writes it, $refs kept: every example it holds, wherever it is.
        var codes = Descendants(FinpaySpec.ToJson(Spec))
            .SelectMany(o => o.Where(p => p.Key == "responseCode" && p.Value?.GetValueKind() == System.Text.Json.JsonValueKind.String))
            .Select(p => (string)p.Value!)
            .ToList();
        Assert.True(codes.Count >= 12, $"only {codes.Count} example response codes");
        Assert.All(codes, c => Assert.Matches("^[0-9]{7}$", c));
    }

    [Fact]
    public void The_callback_signature_is_128_lower_case_hex_and_the_callback_example_verifies()
    {
        Assert.Equal("^[0-9a-f]{128}$", Schema("Callback").Properties!["signature"].Pattern);

        var callback = CallbackOperation().RequestBody!.Content!["application/json"].Examples!["paid"].Value!;
        var result = new FinpayCallbackVerifier("SoSecret123").Verify(FinpaySpec.ToJsonText(callback));

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal("cc", result.Callback!.SourceOfFunds!.Type);
        Assert.Equal("CC", result.Callback.SourceOfFunds.Channel);
        Assert.Equal("FINPAY770", result.Callback.Merchant!.Id);
        Assert.Equal("Pembayaran Berhasil", result.Callback.Result!.Payment!.UserDesc);
    }

    [Fact]
    public void The_callback_request_documents_finpays_client_id_header()
    {
        var header = Assert.Single(CallbackOperation().Parameters!, p => p.Name == "client-id");
        Assert.Equal(ParameterLocation.Header, header.In);
#pragma warning disable CS0618 // OpenAPI 3.0's "example" of a schema is read into Example, the one that keyword has.
        Assert.Equal("FINPAY", (string?)header.Schema!.Example);
#pragma warning restore CS0618
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
        Assert.True(Schema(schema).Properties!.TryGetValue(property, out var node), $"{schema}.{property} is not in the spec");
        // Through a $ref, the description is the referenced schema's.
        Assert.Matches(new Regex("[Ss]een|[Rr]ead by"), node!.Description ?? string.Empty);
    }

    [Fact]
    public void The_callback_source_of_funds_has_the_three_fields_integrations_read()
    {
        Assert.Equal(new[] { "type", "paymentCode", "channel" }, Schema("CallbackSourceOfFunds").Properties!.Keys);
    }

    [Fact]
    public void A_check_status_example_shows_payment_amount_0_before_the_order_is_paid()
    {
        var examples = Examples(Operation("checkStatus").Responses!["200"])!;
        var initiated = examples.Values.Select(e => e.Value!)
            .Single(v => (string?)v["data"]?["result"]?["payment"]?["status"] == "INITIATED");
        Assert.Equal(0m, (decimal)initiated["data"]!["result"]!["payment"]!["amount"]!);
    }

    private static OpenApiOperation Operation(string operationId) =>
        FinpaySpec.Operations(Spec).Single(o => o.OperationId == operationId).Operation;

    private static IOpenApiSchema Schema(string name) => Spec.Components!.Schemas![name];

    private static IDictionary<string, IOpenApiExample>? Examples(IOpenApiResponse response) =>
        response.Content is { } content && content.TryGetValue("application/json", out var json) ? json.Examples : null;

    private static OpenApiOperation CallbackOperation() =>
        Operation("initiate").Callbacks!["paymentResult"].PathItems!
            .Single(i => i.Key.Expression == "{$request.body#/url/callbackUrl}").Value.Operations![HttpMethod.Post];

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject map => new[] { map }.Concat(map.SelectMany(p => Descendants(p.Value))),
        JsonArray list => list.SelectMany(Descendants),
        _ => Enumerable.Empty<JsonObject>(),
    };
}
