namespace Finpay.SpecChanges;

/// <summary>One difference between two versions of the spec, as an SDK user meets it.</summary>
/// <param name="Breaking">True when code written against the old SDK may stop compiling or working.</param>
/// <param name="Path">Where: the operation and the field, e.g. <c>POST /…/initiate response 200: order.id</c>.</param>
/// <param name="What">The change in words, e.g. <c>field removed</c>.</param>
public sealed record SpecChange(bool Breaking, string Path, string What)
{
    public override string ToString() => $"{(Breaking ? "BREAKING    " : "non-breaking")}  {Path}: {What}";
}
