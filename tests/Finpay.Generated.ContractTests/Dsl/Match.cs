using System;
using System.Text.Json.Nodes;

namespace Finpay.Generated.ContractTests.Dsl;

/// <summary>Matchers in PactNet's spirit: an example value plus the rule the other side must satisfy.</summary>
public static class Match
{
    /// <summary>Any value of the same JSON type as <paramref name="example"/> (objects: every member matched by type).</summary>
    public static Matcher Type(object example) => Rule("type", example);

    /// <summary>
    /// A string matching <paramref name="pattern"/>, for digit strings such as request amounts. Pact's bare regex rule
    /// also accepts the number 1000 (it matches the number's text), so this combines it with a type rule: a string that
    /// matches. The pattern must match the whole value. Patterns are written without quotes or backslashes (use <c>[.]</c>, <c>[*]</c>, <c>[0-9]</c>).
    /// </summary>
    public static Matcher Regex(string example, string pattern)
    {
        if (pattern.IndexOfAny(['\'', '\\']) >= 0 || example.IndexOfAny(['\'', '\\']) >= 0)
            throw new ArgumentException($"Write the pattern {pattern} and its example without quotes or backslashes.", nameof(pattern));
        // Pact matches the whole value, as if the pattern were anchored at both ends.
        if (!System.Text.RegularExpressions.Regex.IsMatch(example, "^(?:" + pattern + ")$"))
            throw new ArgumentException($"The example '{example}' does not match its own pattern {pattern}.", nameof(example));
        // pact_ffi's matcher expression is the one integration form that ANDs two rules on one value.
        return new Matcher(new JsonObject
        {
            ["pact:matcher:type"] = $"matching(type,'{example}'), matching(regex,'{pattern}','{example}')",
            ["value"] = example,
        });
    }

    /// <summary>A JSON integer (no fraction).</summary>
    public static Matcher Integer(long example) => Rule("integer", example);

    /// <summary>A JSON number with a fraction (Finpay's processingTime: 0.12071895599365234).</summary>
    public static Matcher Decimal(double example)
    {
        if (example == Math.Floor(example))
            throw new ArgumentException("A decimal example needs a fractional part, or Pact writes it as an integer.", nameof(example));
        return Rule("decimal", example);
    }

    /// <summary>Any JSON number.</summary>
    public static Matcher Number(decimal example) => Rule("number", example);

    /// <summary>A string holding a date-time in <paramref name="format"/> (Java DateTimeFormatter letters, as Pact uses).</summary>
    public static Matcher DateTime(string example, string format)
    {
        var rule = Rule("datetime", example);
        return With(rule, "format", JsonValue.Create(format));
    }

    /// <summary>An array of at least <paramref name="min"/> elements, each like <paramref name="example"/>.</summary>
    public static Matcher EachLike(object example, int min = 1)
    {
        if (min < 1) throw new ArgumentOutOfRangeException(nameof(min), min, "An array matcher needs at least one example element.");
        var definition = new JsonObject
        {
            ["pact:matcher:type"] = "type",
            ["min"] = min,
            ["value"] = new JsonArray(PactJson.ToNode(example)),
        };
        return new Matcher(definition);
    }

    private static Matcher Rule(string type, object example) => new(new JsonObject
    {
        ["pact:matcher:type"] = type,
        ["value"] = PactJson.ToNode(example),
    });

    private static Matcher With(Matcher matcher, string name, JsonNode? value)
    {
        var definition = matcher.ToJson();
        definition[name] = value;
        return new Matcher(definition);
    }
}
