using Microsoft.CodeAnalysis;

namespace Finpay.Generated.SpecGenerator;

/// <summary>The generator's findings about the spec; each is an error, since the SDK cannot be built from a spec it misreads.</summary>
internal static class SpecDiagnostics
{
    public const string UnreadableRuleId = "FINPAYSPEC001";
    public const string OperationRuleId = "FINPAYSPEC002";
    public const string OpenSetRuleId = "FINPAYSPEC003";
    private const string Category = "Finpay.Spec";

    public static readonly DiagnosticDescriptor Unreadable = new(
        UnreadableRuleId, "The spec cannot be read", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "The spec file given to the generator is missing, unreadable or not a YAML OpenAPI document.");

    public static readonly DiagnosticDescriptor Operation = new(
        OperationRuleId, "An operation cannot enter the operation table", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Every operation needs an operationId, path parameters that match its path, a JSON body by $ref, and plain true/false for x-finpay-changes-state and x-finpay-secret.");

    public static readonly DiagnosticDescriptor OpenSet = new(
        OpenSetRuleId, "An open-set extension is malformed", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "x-finpay-known-values on a string schema of components.schemas makes a struct named after the schema, with its summary and values (value, name, description); properties carry it with $ref.");

    public static DiagnosticDescriptor For(string ruleId) => ruleId switch
    {
        OperationRuleId => Operation,
        OpenSetRuleId => OpenSet,
        _ => Unreadable,
    };
}
