using System.Collections.Immutable;
using Finpay.Generated.Analyzers.Constraints;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Finpay.Generated.Analyzers.Rules;

/// <summary>FINPAY002: a constant string assigned to a generated DTO property does not match the spec's pattern.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstantPatternAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        FinpayRuleIds.ConstantPattern,
        title: "Constant does not match the property's pattern",
        messageFormat: "'{0}' must match the spec's pattern {1}, but this constant does not",
        category: FinpayRuleIds.Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Finpay rejects a request whose field does not have the format the spec gives it: digit-only amounts, YYYYMMDD dates, ISO currency codes and so on.",
        helpLinkUri: FinpayRuleIds.HelpLink(FinpayRuleIds.ConstantPattern));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
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
        if (!ConstantStringAssignment.TryRead(context.Operation, symbols, out var assignment) || assignment.Constraints.Pattern is null)
            return;
        if (assignment.Constraints.Matches(assignment.Value) != false)
            return;
        context.ReportDiagnostic(Diagnostic.Create(
            Rule, assignment.Location, assignment.PropertyDisplayName, assignment.Constraints.Pattern));
    }
}
