namespace Finpay.Generated.SpecGenerator.Model;

/// <summary>A path parameter and the rules of its schema.</summary>
internal sealed record PathParameterModel(string Name, int? MinLength, int? MaxLength, string? Pattern, bool IsSecret);
