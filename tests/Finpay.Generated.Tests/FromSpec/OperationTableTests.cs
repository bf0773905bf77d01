using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Finpay.Generated.Operations;
using Finpay.Spec;
using Microsoft.OpenApi;
using Xunit;

namespace Finpay.Generated.Tests.FromSpec;

public class OperationTableTests
{
    [Fact]
    public void The_table_lists_every_operation_of_the_spec_in_its_order()
    {
        var specIds = SpecOperations().Select(o => o.OperationId).ToArray();

        Assert.Equal(specIds, FinpayOperations.All.Select(o => o.Id).ToArray());
        Assert.Equal(7, specIds.Length);
    }

    [Fact]
    public void Each_entry_has_the_spec_method_path_body_and_charge_flag()
    {
        foreach (var operation in SpecOperations())
        {
            var entry = Entry(operation.OperationId!);
            var body = operation.Operation.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var json) ? json.Schema : null;

            Assert.Equal(new HttpMethod(operation.Method), entry.Method);
            Assert.Equal(operation.Path.TrimStart('/'), entry.PathTemplate);
            Assert.Equal(body is null ? null : ((OpenApiSchemaReference)body).Reference.Id, entry.RequestBodyType?.Name);
            Assert.Equal(FinpaySpec.FlagExtension(operation.Operation.Extensions, "x-finpay-changes-state") == true, entry.ChangesState);
        }
    }

    [Fact]
    public void Path_parameters_carry_the_rules_of_their_schema_in_the_spec()
    {
        foreach (var operation in SpecOperations())
        {
            var declared = new[] { FinpaySpec.Embedded.Paths[operation.Path].Parameters, operation.Operation.Parameters }
                .SelectMany(list => list ?? new List<IOpenApiParameter>())
                .Where(p => p.In == ParameterLocation.Path)
                .ToArray();
            var entry = Entry(operation.OperationId!);

            Assert.Equal(declared.Select(p => p.Name), entry.PathParameters.Select(p => p.Name));
            foreach (var (spec, parameter) in declared.Zip(entry.PathParameters))
            {
                var schema = spec.Schema!;
                Assert.Equal(schema.MinLength, parameter.MinLength);
                Assert.Equal(schema.MaxLength, parameter.MaxLength);
                Assert.Equal(schema.Pattern, parameter.Pattern);
                Assert.Equal(FinpaySpec.FlagExtension(spec.Extensions, "x-finpay-secret") == true, parameter.IsSecret);
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

    /// <summary>The spec's operations that have an id, read independently of the generator, to hold its table against.</summary>
    private static IEnumerable<SpecOperation> SpecOperations() =>
        FinpaySpec.Operations(FinpaySpec.Embedded).Where(o => o.OperationId is not null);
}
