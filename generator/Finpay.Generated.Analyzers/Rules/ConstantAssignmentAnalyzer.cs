using System.Collections.Immutable;
using Finpay.Generated.Analyzers.Constraints;
using Finpay.Generated.Serialization;
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
        if (WireText(assignment.Value, GeneratedDtoSymbols.IsAmount(target.Property)) is not { } value)
            return;

        var constant = new ConstantStringAssignment(target.Property, value, assignment.Value.Syntax, constraints);
        if (ConstantLengthRule.Check(constant) is { } length)
            context.ReportDiagnostic(length);
        if (ConstantPatternRule.Check(constant) is { } pattern)
            context.ReportDiagnostic(pattern);
    }

    /// <summary>
    /// The text a constant assigned to the property travels as, or null when the value is not a constant: a constant amount's
    /// digits (or its sign and fraction, which the rules then name), or the constant string itself, also where an open-set
    /// struct's implicit conversion wraps it.
    /// </summary>
    private static string? WireText(IOperation value, bool isAmount)
    {
        if (isAmount)
        {
            // An integer or decimal constant reaches a decimal? through one or two conversions; the compiler folds each operand.
            while (!value.ConstantValue.HasValue && value is IConversionOperation { OperatorMethod: null } widening)
                value = widening.Operand;
            return value.ConstantValue is { HasValue: true, Value: { } number and (decimal or int or long or uint or ulong or short or ushort or byte or sbyte) }
                ? AmountText.Format(System.Convert.ToDecimal(number, System.Globalization.CultureInfo.InvariantCulture))
                : null;
        }

        if (value is IConversionOperation { OperatorMethod: not null } wrapping)
            value = wrapping.Operand;
        return ConstantString(value);
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
