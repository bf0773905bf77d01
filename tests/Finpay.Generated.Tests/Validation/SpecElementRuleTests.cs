using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Finpay.Generated.Validation;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Finpay.Generated.Tests.Validation;

/// <summary>
/// The rules NSwag does not carry into attributes are written by hand (array elements, path parameters); these tests hold
/// them to the spec so the two cannot drift apart.
/// </summary>
public sealed class SpecElementRuleTests
{
    private static readonly Lazy<YamlMappingNode> Spec = new(() =>
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spec", "finpay-card.yaml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    });

    public static TheoryData<string, string> StringArrays()
    {
        var data = new TheoryData<string, string>();
        foreach (var schema in new[] { "CardFilter", "PointFilter" })
        {
            foreach (var (name, property) in Properties(schema))
            {
                if (Scalar(property, "type") == "array")
                    data.Add(schema, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StringArrays))]
    public void Hand_written_element_rules_accept_the_specs_bounds_and_reject_one_past_them(string schema, string arrayName)
    {
        var items = (YamlMappingNode)Properties(schema).Single(p => p.Name == arrayName).Property.Children[new YamlScalarNode("items")];
        var min = int.Parse(Scalar(items, "minLength")!);
        var max = int.Parse(Scalar(items, "maxLength")!);

        Assert.Empty(ErrorsFor(schema, arrayName, new string('1', min)));
        Assert.Empty(ErrorsFor(schema, arrayName, new string('1', max)));
        Assert.Equal("maxLength", ErrorsFor(schema, arrayName, new string('1', max + 1)).Single().Rule);
        if (min > 1)
            Assert.Equal("minLength", ErrorsFor(schema, arrayName, new string('1', min - 1)).Single().Rule);
        if (Scalar(items, "pattern") is not null)
            Assert.Equal("pattern", ErrorsFor(schema, arrayName, "x" + new string('1', min - 1)).Single().Rule);
    }

    [Fact]
    public void Path_parameter_rules_match_the_specs_parameter_schemas()
    {
        var orderId = (YamlMappingNode)Child(Child(Child(Spec.Value, "components"), "parameters"), "OrderId")["schema"];
        var deleteCard = (YamlMappingNode)Child(Child(Spec.Value, "paths"), "/pg/payment/card/customer/delete/{cardToken}")["get"];
        var cardToken = (YamlMappingNode)((YamlMappingNode)((YamlSequenceNode)deleteCard["parameters"]).Children.Single())["schema"];

        var orderIdRule = Finpay.Generated.Operations.FinpayOperations.CheckStatus.PathParameters.Single();
        var cardTokenRule = Finpay.Generated.Operations.FinpayOperations.DeleteCard.PathParameters.Single();
        Assert.Equal(
            (orderIdRule.MinLength, orderIdRule.MaxLength, orderIdRule.Pattern),
            ((int?)int.Parse(Scalar(orderId, "minLength")!), (int?)int.Parse(Scalar(orderId, "maxLength")!), Scalar(orderId, "pattern")));
        Assert.Equal(
            (cardTokenRule.MinLength, cardTokenRule.MaxLength, cardTokenRule.Pattern),
            ((int?)int.Parse(Scalar(cardToken, "minLength")!), (int?)int.Parse(Scalar(cardToken, "maxLength")!), Scalar(cardToken, "pattern")));
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

    private static IEnumerable<(string Name, YamlMappingNode Property)> Properties(string schema) =>
        ((YamlMappingNode)Child(Child(Child(Spec.Value, "components"), "schemas"), schema)["properties"]).Children
        .Select(p => (((YamlScalarNode)p.Key).Value!, (YamlMappingNode)p.Value));

    private static YamlMappingNode Child(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
