using NJsonSchema;
using NJsonSchema.CodeGeneration;
using NJsonSchema.CodeGeneration.CSharp;

namespace Finpay.NSwagRunner;

/// <summary>
/// Names a property <c>x-csharp-name</c> when the spec gives one (Finpay's <c>redirecturl</c> reads as <c>RedirectUrl</c> in
/// C#); the JSON name on the wire stays Finpay's. Every other property is named as NSwag names it.
/// </summary>
internal sealed class SpecPropertyNameGenerator : IPropertyNameGenerator
{
    public const string Extension = "x-csharp-name";

    private readonly CSharpPropertyNameGenerator _nswag = new();

    public string Generate(JsonSchemaProperty property) =>
        property.ExtensionData is not null && property.ExtensionData.TryGetValue(Extension, out var name) && name is string text
            ? text
            : _nswag.Generate(property);
}
