using System;
using System.Collections.Generic;
using System.Linq;
using Finpay.Generated.Validation;
using Finpay.Spec;
using Microsoft.OpenApi;
using Xunit;

namespace Finpay.Generated.Tests.Validation;

/// <summary>
/// The rules NSwag does not carry into attributes are written by hand (array elements, path parameters); these tests hold
/// them to the spec so the two cannot drift apart.
/// </summary>
public sealed class SpecElementRuleTests
{
    public static TheoryData<string, string> StringArrays()
    {
        var data = new TheoryData<string, string>();
        foreach (var schema in new[] { "CardFilter", "PointFilter" })
        {
            foreach (var (name, property) in Properties(schema))
            {
                if (property.Type?.HasFlag(JsonSchemaType.Array) == true)
                    data.Add(schema, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StringArrays))]
    public void Hand_written_element_rules_accept_the_specs_bounds_and_reject_one_past_them(string schema, string arrayName)
    {
        var items = Properties(schema).Single(p => p.Name == arrayName).Property.Items!;
        var min = items.MinLength!.Value;
        var max = items.MaxLength!.Value;

        Assert.Empty(ErrorsFor(schema, arrayName, new string('1', min)));
        Assert.Empty(ErrorsFor(schema, arrayName, new string('1', max)));
        Assert.Equal("maxLength", ErrorsFor(schema, arrayName, new string('1', max + 1)).Single().Rule);
        if (min > 1)
            Assert.Equal("minLength", ErrorsFor(schema, arrayName, new string('1', min - 1)).Single().Rule);
        if (items.Pattern is not null)
            Assert.Equal("pattern", ErrorsFor(schema, arrayName, "x" + new string('1', min - 1)).Single().Rule);
    }

    [Fact]
    public void Path_parameter_rules_match_the_specs_parameter_schemas()
    {
        var orderId = FinpaySpec.Embedded.Components!.Parameters!["OrderId"].Schema!;
        var deleteCard = FinpaySpec.Operations(FinpaySpec.Embedded).Single(o => o.OperationId == "deleteCard").Operation;
        var cardToken = Assert.Single(deleteCard.Parameters!).Schema!;

        var orderIdRule = Finpay.Generated.Operations.FinpayOperations.CheckStatus.PathParameters.Single();
        var cardTokenRule = Finpay.Generated.Operations.FinpayOperations.DeleteCard.PathParameters.Single();
        Assert.Equal(
            (orderIdRule.MinLength, orderIdRule.MaxLength, orderIdRule.Pattern),
            (orderId.MinLength, orderId.MaxLength, orderId.Pattern));
        Assert.Equal(
            (cardTokenRule.MinLength, cardTokenRule.MaxLength, cardTokenRule.Pattern),
            (cardToken.MinLength, cardToken.MaxLength, cardToken.Pattern));
    }

    private static List<FinpayValidationError> ErrorsFor(string schema, string arrayName, string value)
    {
        var list = new List<string> { value };
        IReadOnlyList<FinpayValidationError> errors = schema switch
        {
            "CardFilter" => arrayName switch
            {
                "cardBin" => new CardFilter { CardBin = list }.Validate(),
                "cardType" => new CardFilter { CardType = list }.Validate(),
                "cardBrand" => new CardFilter { CardBrand = list }.Validate(),
                "cardIssuingName" => new CardFilter { CardIssuingName = list }.Validate(),
                "cardIssuingCountry" => new CardFilter { CardIssuingCountry = list }.Validate(),
                _ => throw new ArgumentException($"The spec has a new array {schema}.{arrayName}: give it element rules."),
            },
            "PointFilter" when arrayName == "rule" => new PointFilter { Rule = list }.Validate(),
            _ => throw new ArgumentException($"The spec has a new array {schema}.{arrayName}: give it element rules."),
        };
        Assert.All(errors, e => Assert.Equal(arrayName + "[0]", e.Path));
        return errors.ToList();
    }

    private static IEnumerable<(string Name, IOpenApiSchema Property)> Properties(string schema) =>
        FinpaySpec.Embedded.Components!.Schemas![schema].Properties!.Select(p => (p.Key, p.Value));
}
