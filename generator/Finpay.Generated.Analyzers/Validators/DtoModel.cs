namespace Finpay.Generated.Analyzers.Validators;

/// <summary>One generated DTO, reduced to what its validator needs: plain values, so the incremental pipeline can cache it.</summary>
internal sealed record DtoModel(string Namespace, string Name, EquatableArray<PropertyModel> Properties);

/// <summary>How a property is checked.</summary>
internal enum PropertyKind
{
    /// <summary>A string: required, length, pattern.</summary>
    String,

    /// <summary>An open-set value struct, a string on the wire: required, then length and pattern of its text.</summary>
    WireText,

    /// <summary>A decimal the spec declares as a string of digits (request amounts): required, then length and pattern of its text.</summary>
    Amount,

    /// <summary>A nested generated DTO: required, then its own rules under the property's path.</summary>
    Dto,

    /// <summary>A list of generated DTOs: required, item count, then each item's rules under <c>path[i]</c>.</summary>
    DtoList,

    /// <summary>Any other list: required and item count.</summary>
    List,

    /// <summary>A generated enum: required and one of its members.</summary>
    Enum,

    /// <summary>A number: required (when nullable) and range.</summary>
    Number,

    /// <summary>Anything else (free-form data, dictionaries): required only.</summary>
    Other,
}

/// <summary>One property of a DTO and the spec's rules for it, as NSwag's DataAnnotations carry them.</summary>
internal sealed record PropertyModel(
    string Name,
    string WireName,
    PropertyKind Kind,
    bool CanBeNull,
    bool Required,
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    string? EnumType,
    EquatableArray<EnumMemberModel> EnumMembers,
    string? RangeMinimum,
    string? RangeMaximum);

/// <summary>A member of a generated enum: its C# name and its name on the wire.</summary>
internal sealed record EnumMemberModel(string Name, string WireName);
