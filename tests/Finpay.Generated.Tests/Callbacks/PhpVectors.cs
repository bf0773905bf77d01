using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Finpay.Generated.Tests.Callbacks;

/// <summary>The committed vectors made by PHP (Callbacks/Vectors/make-vectors.php). A missing file fails, never skips.</summary>
internal sealed record PhpVector(string Name, string MerchantKey, string Input, string Payload, string Signature, string Body, string PrettyBody, string RawBody,
    bool PhpAcceptsBody, bool PhpAcceptsPrettyBody, bool PhpAcceptsRawBody)
{
    private static readonly Lazy<IReadOnlyList<PhpVector>> Loaded = new(Load);

    public static IReadOnlyList<PhpVector> All => Loaded.Value;

    public static IEnumerable<object[]> Names() => All.Select(v => new object[] { v.Name });

    public static PhpVector Named(string name) => All.Single(v => v.Name == name);

    private static IReadOnlyList<PhpVector> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Callbacks", "Vectors", "callback-vectors.json");
        var document = JObject.Parse(File.ReadAllText(path));
        return document["vectors"]!.Select(v => new PhpVector(
            (string)v["name"]!, (string)v["merchantKey"]!, (string)v["input"]!, (string)v["payload"]!, (string)v["signature"]!,
            (string)v["body"]!, (string)v["prettyBody"]!, (string)v["rawBody"]!,
            (bool)v["phpAccepts"]!["body"]!, (bool)v["phpAccepts"]!["prettyBody"]!, (bool)v["phpAccepts"]!["rawBody"]!)).ToList();
    }
}
