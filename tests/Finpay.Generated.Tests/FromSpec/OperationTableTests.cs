using System;
using System.Linq;
using System.Net.Http;
using Finpay.Generated.Operations;
using YamlDotNet.RepresentationModel;
using Xunit;
using static Finpay.Generated.Tests.FromSpec.SpecYaml;

namespace Finpay.Generated.Tests.FromSpec;

public class OperationTableTests
{
    [Fact]
    public void The_table_lists_every_operation_of_the_spec_in_its_order()
    {
        var specIds = SpecOperations().Select(o => Scalar(o.Operation, "operationId")).ToArray();

        Assert.Equal(specIds, FinpayOperations.All.Select(o => o.Id).ToArray());
        Assert.Equal(7, specIds.Length);
    }

    [Fact]
    public void Each_entry_has_the_spec_method_path_body_and_charge_flag()
    {
        foreach (var (path, method, operation, _) in SpecOperations())
        {
            var id = Scalar(operation, "operationId")!;
            var entry = Entry(id);
            var body = Child(Child(Child(Child(operation, "requestBody"), "content"), "application/json"), "schema");

            Assert.Equal(new HttpMethod(method.ToUpperInvariant()), entry.Method);
            Assert.Equal(path.TrimStart('/'), entry.PathTemplate);
            Assert.Equal(body is null ? null : Scalar(body, "$ref")!.Split('/').Last(), entry.RequestBodyType?.Name);
            Assert.Equal(Scalar(operation, "x-finpay-changes-state") == "true", entry.ChangesState);
        }
    }

    [Fact]
    public void Path_parameters_carry_the_rules_of_their_schema_in_the_spec()
    {
        foreach (var (_, _, operation, pathItem) in SpecOperations())
        {
            var declared = new[] { Child(pathItem, "parameters"), Child(operation, "parameters") }
                .OfType<YamlSequenceNode>()
                .SelectMany(list => list.Children.Select(Resolve))
                .Where(p => Scalar(p, "in") == "path")
                .ToArray();
            var entry = Entry(Scalar(operation, "operationId")!);

            Assert.Equal(declared.Select(p => Scalar(p, "name")), entry.PathParameters.Select(p => p.Name));
            foreach (var (spec, parameter) in declared.Zip(entry.PathParameters))
            {
                var schema = Resolve(Child(spec, "schema")!);
                Assert.Equal(Int(schema, "minLength"), parameter.MinLength);
                Assert.Equal(Int(schema, "maxLength"), parameter.MaxLength);
                Assert.Equal(Scalar(schema, "pattern"), parameter.Pattern);
                Assert.Equal(Scalar(spec, "x-finpay-secret") == "true", parameter.IsSecret);
                Assert.Contains("{" + parameter.Name + "}", entry.PathTemplate, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Only_check_status_only_reads_and_only_the_card_token_is_secret()
    {
        Assert.Equal(new[] { "checkStatus" }, FinpayOperations.All.Where(o => !o.ChangesState).Select(o => o.Id));
        Assert.Equal(new[] { "cardToken" },
            FinpayOperations.All.SelectMany(o => o.PathParameters).Where(p => p.IsSecret).Select(p => p.Name).Distinct());
        Assert.Equal(new[] { "orderId" },
            FinpayOperations.All.SelectMany(o => o.PathParameters).Where(p => !p.IsSecret).Select(p => p.Name).Distinct());
    }

    [Fact]
    public void Each_operation_has_a_property_named_after_its_operation_id()
    {
        Assert.Same(FinpayOperations.Initiate, Entry("initiate"));
        Assert.Same(FinpayOperations.Pay, Entry("pay"));
        Assert.Same(FinpayOperations.CheckStatus, Entry("checkStatus"));
        Assert.Same(FinpayOperations.Cancel, Entry("cancel"));
        Assert.Same(FinpayOperations.Void, Entry("void"));
        Assert.Same(FinpayOperations.Refund, Entry("refund"));
        Assert.Same(FinpayOperations.DeleteCard, Entry("deleteCard"));
        Assert.Equal(typeof(InitiateRequest), FinpayOperations.Initiate.RequestBodyType);
        Assert.Equal(HttpMethod.Get, FinpayOperations.DeleteCard.Method);
        Assert.Equal("pg/payment/card/customer/delete/{cardToken}", FinpayOperations.DeleteCard.PathTemplate);
    }

    private static FinpayOperation Entry(string id) => Assert.Single(FinpayOperations.All, o => o.Id == id);

    private static int? Int(YamlNode node, string key) => Scalar(node, key) is { } text ? int.Parse(text) : null;
}
