using Finpay.Generated.Analyzers.Constraints;
using Microsoft.CodeAnalysis;

namespace Finpay.Generated.Analyzers.Rules;

/// <summary>FINPAY002: a constant string assigned to a generated DTO property does not match the spec's pattern.</summary>
public static class ConstantPatternRule
{
    /// <summary>The rule's descriptor, reported by <see cref="ConstantAssignmentAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        FinpayRuleIds.ConstantPattern,
        title: "Constant does not match the property's pattern",
        messageFormat: "'{0}' must match the spec's pattern {1}, but this constant does not",
        category: FinpayRuleIds.Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Finpay rejects a request whose field does not have the format the spec gives it: digit-only amounts, YYYYMMDD dates, ISO currency codes and so on.",
        helpLinkUri: FinpayRuleIds.HelpLink(FinpayRuleIds.ConstantPattern));

    internal static Diagnostic? Check(in ConstantStringAssignment assignment)
    {
        var constraints = assignment.Constraints;
        if (constraints.Pattern is null || constraints.Matches(assignment.Value) != false)
            return null;
        return Diagnostic.Create(Rule, assignment.Location, assignment.PropertyDisplayName, constraints.Pattern);
    }
}
