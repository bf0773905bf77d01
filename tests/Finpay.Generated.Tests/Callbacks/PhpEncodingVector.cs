using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Finpay.Generated.Callbacks;
using Newtonsoft.Json.Linq;

namespace Finpay.Generated.Tests.Callbacks;

/// <summary>One callback signed by PHP with one set of <c>json_encode</c> flags (the "encodings" part of callback-vectors.json).</summary>
internal sealed record PhpEncodingVector(string Name, CallbackEncoding Encoding, string MerchantKey, string Payload, string Signature, string Body, bool DiffersFromDefault)
{
    private static readonly Lazy<IReadOnlyList<PhpEncodingVector>> Loaded = new(Load);

    public static IReadOnlyList<PhpEncodingVector> All => Loaded.Value;

    public static IEnumerable<object[]> Keys() => All.Select(v => new object[] { v.Name, v.Encoding.ToString() });

    public static PhpEncodingVector Get(string name, string encoding) =>
        All.Single(v => v.Name == name && v.Encoding.ToString() == encoding);

    private static IReadOnlyList<PhpEncodingVector> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Callbacks", "Vectors", "callback-vectors.json");
        var document = JObject.Parse(File.ReadAllText(path));
        return document["encodings"]!.Select(v => new PhpEncodingVector(
            (string)v["name"]!, Enum.Parse<CallbackEncoding>((string)v["encoding"]!), (string)v["merchantKey"]!, (string)v["payload"]!,
            (string)v["signature"]!, (string)v["body"]!, (bool)v["differsFromDefault"]!)).ToList();
    }
}
