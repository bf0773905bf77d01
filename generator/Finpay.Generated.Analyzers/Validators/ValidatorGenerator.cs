using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Finpay.Generated.Analyzers.Validators;

/// <summary>
/// Gives every generated DTO (a class with <c>[GeneratedCode("NJsonSchema", ...)]</c>) a reflection-free <c>Validate()</c>.
/// Runs only where the MSBuild property <c>FinpayGenerateValidators</c> is true, i.e. in the SDK itself: the generated code
/// uses the SDK's internal rule helpers, and a merchant's own NSwag classes must not grow methods they did not ask for.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ValidatorGenerator : IIncrementalGenerator
{
    /// <summary>The MSBuild property (made compiler-visible) that switches the generator on.</summary>
    public const string EnableProperty = "FinpayGenerateValidators";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var enabled = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            options.GlobalOptions.TryGetValue("build_property." + EnableProperty, out var value) &&
            string.Equals(value, "true", StringComparison.OrdinalIgnoreCase));

        var dtos = context.SyntaxProvider.ForAttributeWithMetadataName(
                "System.CodeDom.Compiler.GeneratedCodeAttribute",
                static (node, _) => node is ClassDeclarationSyntax,
                static (attributed, cancellationToken) => DtoModelReader.Read((INamedTypeSymbol)attributed.TargetSymbol, cancellationToken))
            .Where(static model => model is not null);

        context.RegisterSourceOutput(dtos.Combine(enabled), static (output, pair) =>
        {
            var (dto, isEnabled) = pair;
            if (!isEnabled || dto is null)
                return;
            var hintName = (dto.Namespace.Length > 0 ? dto.Namespace + "." : string.Empty) + dto.Name + ".Validation.g.cs";
            output.AddSource(hintName, ValidatorEmitter.Emit(dto));
        });
    }
}
