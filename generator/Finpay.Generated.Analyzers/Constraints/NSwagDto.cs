using Microsoft.CodeAnalysis;

namespace Finpay.Generated.Analyzers.Constraints;

/// <summary>
/// Whether a type is a DTO NSwag generated from a spec schema: a class carrying <c>[GeneratedCode("NJsonSchema", ...)]</c>
/// (the client carries <c>"NSwag"</c>, hand-written classes nothing). The one home of this test for the FINPAY rules and the
/// validator generator. Works for DTOs in source (the SDK itself) and in metadata (a merchant's project).
/// </summary>
internal static class NSwagDto
{
    private const string SchemaGeneratorName = "NJsonSchema";

    public static bool Is(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class })
            return false;
        foreach (var attribute in type.GetAttributes())
        {
            if (IsGeneratedCode(attribute.AttributeClass) &&
                attribute.ConstructorArguments.Length > 0 &&
                attribute.ConstructorArguments[0].Value as string == SchemaGeneratorName)
                return true;
        }

        return false;
    }

    // By name first: a type's attribute list is read for every DTO candidate, and ToDisplayString allocates.
    private static bool IsGeneratedCode(INamedTypeSymbol? attribute) =>
        attribute is { Name: "GeneratedCodeAttribute" } &&
        attribute.ContainingNamespace.ToDisplayString() == "System.CodeDom.Compiler";
}
