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
        var outcome = Canonicalize(json);
        var member = "\"signature\":\"" + CallbackSignature.ToHex(CallbackSignature.Compute(_key, outcome.Payload)) + "\"";
        return outcome.ObjectMembers.Length == 0 ? "{" + member + "}" : "{" + outcome.ObjectMembers + "," + member + "}";
    }

    /// <summary>The signature alone (128 lower-case hex characters) for a JSON object given as text.</summary>
    /// <exception cref="ArgumentException">The text is not a JSON object PHP could decode and re-encode.</exception>
    public string ComputeSignature(string json) => CallbackSignature.ToHex(CallbackSignature.Compute(_key, Canonicalize(json).Payload));

    private static PhpJsonCanonicalizer.Outcome Canonicalize(string json)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        if (!PhpJsonCanonicalizer.TryCanonicalize(json, out var outcome, out var error))
            throw new ArgumentException("The callback payload is not valid JSON: " + error, nameof(json));
        return outcome!;
    }

    /// <inheritdoc />
    public override string ToString() => "FinpayCallbackSigner";
}
