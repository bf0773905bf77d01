namespace Finpay.Generated.Analyzers;

/// <summary>The IDs of the FINPAY rules, in one place so docs, release tracking and suppressions cannot drift apart.</summary>
public static class FinpayRuleIds
{
    /// <summary>A constant string violates the length constraint of the generated DTO property it is assigned to.</summary>
    public const string ConstantLength = "FINPAY001";

    /// <summary>A constant string does not match the pattern of the generated DTO property it is assigned to.</summary>
    public const string ConstantPattern = "FINPAY002";

    /// <summary>A string property of a generated request DTO has no length constraint: the spec forgot one.</summary>
    public const string UnconstrainedRequestString = "FINPAY003";

    /// <summary>The category every FINPAY rule reports under.</summary>
    public const string Category = "Finpay.Spec";

    /// <summary>Where the rule pages live; each descriptor's HelpLinkUri is this plus <c>&lt;ID&gt;.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/finpay-generated/Finpay.Generated/blob/main/docs/rules/";

    internal static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
