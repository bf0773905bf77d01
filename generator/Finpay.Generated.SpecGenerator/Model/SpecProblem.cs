namespace Finpay.Generated.SpecGenerator.Model;

/// <summary>Something in the spec the generator cannot use, with where it is (0-based offsets and lines).</summary>
internal sealed record SpecProblem(
    string RuleId,
    string Message,
    int Start,
    int End,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn);
