using System;
using System.Collections.Immutable;
using System.IO;
using Finpay.Generated.SpecGenerator.Emitting;
using Finpay.Generated.SpecGenerator.Model;
using Finpay.Generated.SpecGenerator.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Finpay.Generated.SpecGenerator;

/// <summary>
/// Reads the card API's spec (the AdditionalFile named <c>finpay-card.yaml</c>) and emits the SDK's operation table
/// (<c>FinpayOperations</c>) and its open-set value structs. A spec it cannot use becomes a FINPAYSPEC error with the file,
/// the line and what is wrong, never a generator crash.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SpecGenerator : IIncrementalGenerator
{
    /// <summary>The AdditionalFile the generator reads.</summary>
    public const string SpecFileName = "finpay-card.yaml";

    internal const string DtoNamespace = "Finpay.Generated";
    internal const string OperationsNamespace = "Finpay.Generated.Operations";
    internal const string ValuesNamespace = "Finpay.Generated.Values";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specs = context.AdditionalTextsProvider
            .Where(static file => string.Equals(Path.GetFileName(file.Path), SpecFileName, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) =>
                file.GetText(cancellationToken) is { } text ? SpecReader.Read(file.Path, text.ToString()) : SpecReader.Unreadable(file.Path))
            .Collect();

        context.RegisterSourceOutput(specs, static (output, found) => Emit(output, found));
    }

    private static void Emit(SourceProductionContext output, ImmutableArray<SpecModel> found)
    {
        if (found.Length != 1)
        {
            var message = found.IsEmpty
                ? "No AdditionalFile named " + SpecFileName + ": add <AdditionalFiles Include=\"path/to/" + SpecFileName + "\" /> to the project."
                : "More than one AdditionalFile is named " + SpecFileName + "; the operation table and the open sets need exactly one spec.";
            output.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.Unreadable, Location.None, message));
            return;
        }

        var spec = found[0];
        foreach (var problem in spec.Problems)
        {
            var location = Location.Create(spec.FilePath, new TextSpan(problem.Start, problem.End - problem.Start),
                new LinePositionSpan(new LinePosition(problem.StartLine, Math.Max(0, problem.StartColumn)),
                    new LinePosition(problem.EndLine, Math.Max(0, problem.EndColumn))));
            output.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.For(problem.RuleId), location, problem.Message));
        }

        if (spec.Operations.Count > 0)
            output.AddSource(OperationTableEmitter.HintName, OperationTableEmitter.Emit(spec));
        var fileName = Path.GetFileName(spec.FilePath);
        foreach (var set in spec.OpenSets)
            output.AddSource(OpenSetEmitter.HintName(set), OpenSetEmitter.Emit(set, fileName));
    }
}
