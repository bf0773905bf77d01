using Finpay.Generated.Analyzers.Validators;

namespace Finpay.Generated.SpecGenerator.Model;

/// <summary>One operation of the spec: the data of one entry in the generated operation table.</summary>
internal sealed record OperationModel(
    string Id,
    string PropertyName,
    string Method,
    string PathTemplate,
    EquatableArray<PathParameterModel> PathParameters,
    string? RequestBodySchema,
    bool ChangesState,
    string? Summary);
