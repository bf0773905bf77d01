using System.Collections.Immutable;
using Finpay.Generated.Analyzers.Constraints;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Finpay.Generated.Analyzers.Rules;

/// <summary>
/// FINPAY001 and FINPAY002: a constant string assigned to a generated DTO property breaks the spec's length or pattern. Both rules
/// read the same assignments and the same cached constraints, so one operation callback serves both: the compiler calls it once
/// per assignment instead of once per rule, and the lookup that rejects most assignments is paid once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstantAssignmentAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(ConstantLengthRule.Rule, ConstantPatternRule.Rule);

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
        // Cheapest test first: most assignments in a merchant's code do not target a constrained DTO property at all, and the
        // per-property cache answers that without reading attributes again.
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation target || symbols.ConstraintsOf(target.Property) is not { } constraints)
            return;
        if (ConstantString(assignment.Value) is not { } value)
            return;

        var constant = new ConstantStringAssignment(target.Property, value, assignment.Value.Syntax, constraints);
        if (ConstantLengthRule.Check(constant) is { } length)
            context.ReportDiagnostic(length);
        if (ConstantPatternRule.Check(constant) is { } pattern)
            context.ReportDiagnostic(pattern);
    }

    /// <summary>
    /// The constant string an expression folds to, or null. A string literal's value is read from its token: asking the operation
    /// for ConstantValue makes Roslyn materialize the string behind a new WeakReference on every first read, which was half of
    /// this callback's time on a project of literal-filled initializers. Everything else (concatenations, consts, interpolations)
    /// goes through ConstantValue.
    /// </summary>
    private static string? ConstantString(IOperation value)
    {
        if (value.Kind == OperationKind.Literal && value.Syntax is LiteralExpressionSyntax literal)
            return literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
        return value.ConstantValue is { HasValue: true, Value: string constant } ? constant : null;
    }
}
