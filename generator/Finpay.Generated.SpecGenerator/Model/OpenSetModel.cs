using Finpay.Generated.Analyzers.Validators;

namespace Finpay.Generated.SpecGenerator.Model;

/// <summary>
/// A string whose values form an open set: the struct named <see cref="Name"/> gives the known ones names, and the
/// properties in <see cref="Uses"/> carry it on the wire.
/// </summary>
internal sealed record OpenSetModel(
    string Name,
    string Summary,
    EquatableArray<KnownValueModel> Values,
    EquatableArray<OpenSetUse> Uses);

/// <summary>A value Finpay documents, with the member name it gets.</summary>
internal sealed record KnownValueModel(string Value, string Name, string? Description);

/// <summary>A schema property whose values the open set names.</summary>
internal sealed record OpenSetUse(string Schema, string Property);
