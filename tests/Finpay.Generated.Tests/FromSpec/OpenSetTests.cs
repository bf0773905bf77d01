using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Finpay.Generated.Values;
using Finpay.Spec;
using Microsoft.OpenApi;
using Newtonsoft.Json;
using Xunit;

namespace Finpay.Generated.Tests.FromSpec;

public class OpenSetTests
{
    private static readonly string[] Expected =
        { "CardStorage", "IntervalUnit", "PaymentStatus", "ResponseCode", "SourceOfFundsType", "TransactionSource", "TransactionType" };

    public static TheoryData<string> Sets() => new(Expected);

    [Fact]
    public void The_spec_defines_the_seven_open_sets_as_string_schemas_named_after_their_structs()
    {
        var defined = OpenSetSchemas().Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(Expected, defined);
        Assert.All(OpenSetSchemas(), s => Assert.Equal(JsonSchemaType.String, s.Schema.Type));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_struct_names_exactly_the_known_values_of_the_spec(string name)
    {
        var definition = OpenSetSchemas().Single(s => s.Name == name).Schema;
        var values = FinpaySpec.Extension(definition.Extensions, "x-finpay-known-values")!["values"]!.AsArray()
            .ToDictionary(v => (string)v!["name"]!, v => (string)v!["value"]!);
        var type = Struct(name);

        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .ToDictionary(p => p.Name, p => p.GetValue(null)!.ToString()!);

        Assert.Equal(values.OrderBy(v => v.Key), members.OrderBy(m => m.Key));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_property_that_refers_to_an_open_set_has_its_struct_as_type_and_writes_an_unknown_value_as_it_is(string name)
    {
        var uses = SchemaProperties().Where(p => (p.Property as OpenApiSchemaReference)?.Reference.Id == name).ToArray();

        Assert.NotEmpty(uses);
        foreach (var (schema, property, _) in uses)
        {
            var dto = typeof(Callback).Assembly.GetType("Finpay.Generated." + schema, throwOnError: true)!;
            var member = dto.GetProperties().Single(p => p.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName == property);
            Assert.Equal(Struct(name), Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType);

            var instance = Activator.CreateInstance(dto)!;
            member.SetValue(instance, Activator.CreateInstance(Struct(name), "Brand_New-Value"));
            var contract = (Newtonsoft.Json.Serialization.JsonObjectContract)Finpay.Generated.Serialization.FinpayJson.SharedSerializer.ContractResolver.ResolveContract(dto);
            Assert.Null(contract.Properties[property].Converter);
            Assert.Equal("\"Brand_New-Value\"", Finpay.Generated.Serialization.FinpayJson.Serialize(member.GetValue(instance)!));
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_struct_round_trips_an_unknown_value_exactly_through_json(string name)
    {
        var type = Struct(name);

        var read = JsonConvert.DeserializeObject("\"Brand_New-Value\"", type)!;

        Assert.Equal("Brand_New-Value", read.ToString());
        Assert.Equal("\"Brand_New-Value\"", JsonConvert.SerializeObject(read));
        Assert.Equal(read, Activator.CreateInstance(type, "BRAND_NEW-VALUE"));
        Assert.True(type.IsValueType);
        Assert.Contains(type.GetInterfaces(), i => i == typeof(IEquatable<>).MakeGenericType(type));
    }

    [Fact]
    public void Response_code_keeps_its_own_members_beside_the_generated_ones()
    {
        Assert.True(ResponseCode.Success.IsSuccess);
        Assert.False(new ResponseCode("2000001").IsSuccess);
        Assert.Equal(404, ResponseCode.InvalidTransactionStatus.Category);
    }

    private static IEnumerable<(string Name, IOpenApiSchema Schema)> OpenSetSchemas() =>
        from schema in FinpaySpec.Embedded.Components!.Schemas!
        where FinpaySpec.Extension(schema.Value.Extensions, "x-finpay-known-values") is not null
        select (schema.Key, schema.Value);

    /// <summary>Every property of an object schema, as the spec writes it (a $ref stays a reference).</summary>
    private static IEnumerable<(string Schema, string Name, IOpenApiSchema Property)> SchemaProperties() =>
        from schema in FinpaySpec.Embedded.Components!.Schemas!
        where schema.Value is not OpenApiSchemaReference
        from property in schema.Value.Properties ?? new Dictionary<string, IOpenApiSchema>()
        select (schema.Key, property.Key, property.Value);

    private static Type Struct(string name) => typeof(ResponseCode).Assembly.GetType("Finpay.Generated.Values." + name, throwOnError: true)!;
}
