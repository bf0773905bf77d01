using Finpay.Generated.Analyzers.Validators;

namespace Finpay.Generated.SpecGenerator.Model;

/// <summary>What the generator took from the spec, compared by value so that an unchanged spec emits nothing new.</summary>
internal sealed record SpecModel(
    string FilePath,
    EquatableArray<OperationModel> Operations,
    EquatableArray<OpenSetModel> OpenSets,
    EquatableArray<SpecProblem> Problems);
