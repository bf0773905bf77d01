using Finpay.Generated.Analyzers.Constraints;
using Finpay.Generated.Validation;
using Microsoft.CodeAnalysis;

namespace Finpay.Generated.Analyzers.Rules;

/// <summary>FINPAY001: a constant string assigned to a generated DTO property is shorter or longer than the spec allows.</summary>
public static class ConstantLengthRule
{
    /// <summary>The rule's descriptor, reported by <see cref="ConstantAssignmentAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        FinpayRuleIds.ConstantLength,
        title: "Constant violates the property's length constraint",
        messageFormat: "'{0}' allows {1} characters (Unicode code points), but this constant has {2}",
        category: FinpayRuleIds.Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Finpay rejects a request whose field is outside the length the spec gives it. Lengths count Unicode code points, as JSON Schema does: an emoji counts 1.",
        helpLinkUri: FinpayRuleIds.HelpLink(FinpayRuleIds.ConstantLength));

    internal static Diagnostic? Check(in ConstantStringAssignment assignment)
    {
        var constraints = assignment.Constraints;
        if (!constraints.HasLength)
            return null;
        var length = CodePoints.Count(assignment.Value);
        if (constraints.IsLengthAllowed(length))
            return null;
        return Diagnostic.Create(Rule, assignment.Location, assignment.PropertyDisplayName, constraints.DescribeLength(), length);
    }
}
