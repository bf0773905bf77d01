using System.Collections.Immutable;
using Finpay.Generated.Analyzers.Constraints;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Finpay.Generated.Analyzers.Rules;

/// <summary>
/// FINPAY003: a string property of a generated request DTO has no length constraint, i.e. the spec forgot one. Reported in
/// NSwag's output, so it must analyze generated code; in the SDK's build (warnings as errors) it stops a spec gap at once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnconstrainedRequestStringAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        FinpayRuleIds.UnconstrainedRequestString,
        title: "Request string without a length constraint",
        messageFormat: "'{0}' is a string of a request DTO without a length constraint; give it minLength and maxLength in the spec",
        category: FinpayRuleIds.Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Every string the SDK sends needs the length Finpay accepts, or neither the analyzer nor the validators can check it before Finpay rejects it.",
        helpLinkUri: FinpayRuleIds.HelpLink(FinpayRuleIds.UnconstrainedRequestString));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (GeneratedDtoSymbols.TryCreate(start.Compilation) is not { } symbols)
                return;
            start.RegisterSymbolAction(c => Analyze(c, symbols), SymbolKind.Property);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, GeneratedDtoSymbols symbols)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (property.Type.SpecialType != SpecialType.System_String || property.IsStatic || property.IsIndexer)
            return;
        if (!symbols.IsRequestDto(property.ContainingType) || symbols.HasLengthAttribute(property))
            return;
        context.ReportDiagnostic(Diagnostic.Create(
            Rule, property.Locations[0], property.ContainingType.Name + "." + property.Name));
    }
}
