using System;
using Finpay.Generated.Serialization;

namespace Finpay.Generated.Callbacks;

/// <summary>
/// Signs callbacks the way Finpay does, for merchants' own tests (and the local sandbox): the body it returns is what Finpay's
/// PHP reference would POST, and <see cref="FinpayCallbackVerifier"/> accepts it.
/// </summary>
public sealed class FinpayCallbackSigner
{
    private readonly byte[] _key;

    /// <summary>Creates a signer for one merchant key.</summary>
    public FinpayCallbackSigner(string merchantKey) => _key = CallbackSignature.KeyBytes(merchantKey, nameof(merchantKey));

    /// <summary>Serializes a callback with the SDK's JSON settings and returns the signed body (any existing signature is replaced).</summary>
    public string Sign(Callback callback)
    {
        if (callback is null) throw new ArgumentNullException(nameof(callback));
        return SignBody(FinpayJson.Serialize(callback));
    }

    /// <summary>
    /// Signs a JSON object given as text and returns the body Finpay would send: the PHP-encoded members followed by
    /// <c>"signature"</c>. A <c>signature</c> member already present is ignored and replaced.
    /// </summary>
    /// <exception cref="ArgumentException">The text is not a JSON object PHP could decode and re-encode.</exception>
    public string SignBody(string json)
    {
        using var canonical = Canonicalize(json, wantObjectMembers: true);
        var member = "\"signature\":\"" + Signature(canonical) + "\"";
        return canonical.ObjectMembers.Length == 0 ? "{" + member + "}" : "{" + canonical.ObjectMembers + "," + member + "}";
    }

    /// <summary>The signature alone (128 lower-case hex characters) for a JSON object given as text.</summary>
    /// <exception cref="ArgumentException">The text is not a JSON object PHP could decode and re-encode.</exception>
    public string ComputeSignature(string json)
    {
        using var canonical = Canonicalize(json, wantObjectMembers: false);
        return Signature(canonical);
    }

    private string Signature(PhpJsonCanonicalizer canonical) =>
        CallbackSignature.ToHex(CallbackSignature.Compute(_key, canonical.Payload, canonical.PayloadLength));

    private static PhpJsonCanonicalizer Canonicalize(string json, bool wantObjectMembers)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        var canonical = PhpJsonCanonicalizer.Rent();
        if (canonical.TryCanonicalize(json, wantObjectMembers)) return canonical;
        var error = canonical.Error;
        canonical.Dispose();
        throw new ArgumentException("The callback payload is not valid JSON: " + error, nameof(json));
    }

    /// <inheritdoc />
    public override string ToString() => "FinpayCallbackSigner";
}
