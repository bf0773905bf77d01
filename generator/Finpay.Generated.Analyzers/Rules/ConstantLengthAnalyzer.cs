using System.Collections.Immutable;
using Finpay.Generated.Analyzers.Constraints;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Finpay.Generated.Analyzers.Rules;

/// <summary>FINPAY001: a constant string assigned to a generated DTO property is shorter or longer than the spec allows.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstantLengthAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        FinpayRuleIds.ConstantLength,
        title: "Constant violates the property's length constraint",
        messageFormat: "'{0}' allows {1} characters (Unicode code points), but this constant has {2}",
        category: FinpayRuleIds.Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Finpay rejects a request whose field is outside the length the spec gives it. Lengths count Unicode code points, as JSON Schema does: an emoji counts 1.",
        helpLinkUri: FinpayRuleIds.HelpLink(FinpayRuleIds.ConstantLength));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // The merchant's code is the target; NSwag's own output assigns no constants to DTOs.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (GeneratedDtoSymbols.TryCreate(start.Compilation) is not { } symbols)
                return;
            start.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.SimpleAssignment);
        });
    }

    private static void Analyze(OperationAnalysisContext context, GeneratedDtoSymbols symbols)
    {
        if (!ConstantStringAssignment.TryRead(context.Operation, symbols, out var assignment) || !assignment.Constraints.HasLength)
            return;
        var length = CodePoints.Count(assignment.Value);
        if (assignment.Constraints.IsLengthAllowed(length))
            return;
        context.ReportDiagnostic(Diagnostic.Create(
            Rule, assignment.Location, assignment.PropertyDisplayName, assignment.Constraints.DescribeLength(), length));
    }
}
