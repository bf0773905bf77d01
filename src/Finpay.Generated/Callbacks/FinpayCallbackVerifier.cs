using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Finpay.Generated.Callbacks;

/// <summary>
/// Verifies the signed callbacks Finpay POSTs to <c>url.callbackUrl</c>, exactly as Finpay's PHP reference computes the
/// signature: hex(HMAC-SHA512(merchant key, json_encode(json_decode(body, true) without "signature")))). Pass the raw body
/// as received; the verifier re-encodes it itself, so whitespace or escaping on the wire does not matter.
/// </summary>
/// <remarks>
/// Real verifiers disagree on the <c>json_encode</c> flags (none, JSON_UNESCAPED_SLASHES, JSON_UNESCAPED_UNICODE, both), and
/// nobody outside Finpay knows which one its signer uses, so a signature over any of those encodings of the same decoded
/// payload is accepted, each compared in constant time; <see cref="CallbackVerificationResult.MatchedEncoding"/> says which.
/// Every candidate is a deterministic encoding of the same data, so forging any of them still needs the merchant key.
/// Never throws on what arrives over the network: every problem comes back as a <see cref="CallbackVerificationResult"/>
/// with a reason. Bodies over the size limit are refused before they are parsed, and the signature is compared in constant
/// time. A valid callback is still only a notification: confirm the payment with checkStatus before shipping goods.
/// </remarks>
public sealed class FinpayCallbackVerifier
{
    /// <summary>The default body size limit, 64 KiB: a real callback is about 1 KiB.</summary>
    public const int DefaultMaxBodyBytes = 64 * 1024;

    private static readonly CallbackEncoding[] AlternativeEncodings =
    {
        CallbackEncoding.UnescapedSlashes, CallbackEncoding.UnescapedUnicode, CallbackEncoding.UnescapedSlashesAndUnicode,
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _key;

    /// <summary>Creates a verifier for one merchant.</summary>
    /// <param name="merchantKey">The merchant key Finpay signs with (the password half of the API credentials).</param>
    /// <param name="maxBodyBytes">Bodies larger than this many UTF-8 bytes are refused unread.</param>
    public FinpayCallbackVerifier(string merchantKey, int maxBodyBytes = DefaultMaxBodyBytes)
    {
        _key = CallbackSignature.KeyBytes(merchantKey, nameof(merchantKey));
        if (maxBodyBytes <= 0) throw new ArgumentOutOfRangeException(nameof(maxBodyBytes), maxBodyBytes, "The body size limit must be positive.");
        MaxBodyBytes = maxBodyBytes;
    }

    /// <summary>The largest body, in UTF-8 bytes, that is parsed.</summary>
    public int MaxBodyBytes { get; }

    /// <summary>Verifies a raw callback body.</summary>
    public CallbackVerificationResult Verify(string? body)
    {
        if (body is null || body.Length == 0) return CallbackVerificationResult.Invalid(CallbackFailure.MissingBody, "the callback has no body");
        // A UTF-16 character is at least one UTF-8 byte, so the cheap check comes first.
        if (body.Length > MaxBodyBytes || Encoding.UTF8.GetByteCount(body) > MaxBodyBytes) return TooLarge();
        return VerifyText(body);
    }

    /// <summary>Verifies a raw callback body given as UTF-8 bytes.</summary>
    public CallbackVerificationResult Verify(byte[]? body)
    {
        if (body is null || body.Length == 0) return CallbackVerificationResult.Invalid(CallbackFailure.MissingBody, "the callback has no body");
        if (body.Length > MaxBodyBytes) return TooLarge();
#if NET
        if (VerifyCanonical(body) is { } verified) return verified;
#endif
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return CallbackVerificationResult.Invalid(CallbackFailure.InvalidJson, "the body is not valid UTF-8");
        }

        return VerifyText(text);
    }

    /// <summary>Reads a callback body from a stream (e.g. an ASP.NET Core request body), at most the size limit plus one byte, and verifies it.</summary>
    public async Task<CallbackVerificationResult> VerifyAsync(Stream? body, CancellationToken cancellationToken = default)
    {
        if (body is null) return CallbackVerificationResult.Invalid(CallbackFailure.MissingBody, "the callback has no body");
        var buffer = new byte[Math.Min(MaxBodyBytes + 1, 81920)];
        using var collected = new MemoryStream();
        while (true)
        {
            var read = await body.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
            if (read == 0) break;
            if (collected.Length + read > MaxBodyBytes) return TooLarge();
            collected.Write(buffer, 0, read);
        }

        return Verify(collected.ToArray());
    }

    private CallbackVerificationResult VerifyText(string body)
    {
        CallbackEncoding? matched;
        using (var canonical = PhpJsonCanonicalizer.Rent())
        {
            if (!canonical.TryCanonicalize(body, wantObjectMembers: false))
                return CallbackVerificationResult.Invalid(CallbackFailure.InvalidJson, "the body is not valid JSON: " + canonical.Error);

            if (!canonical.HasSignature)
                return CallbackVerificationResult.Invalid(CallbackFailure.MissingSignature, "the body has no \"signature\" member");

            if (!canonical.HasWellFormedSignature)
            {
                return CallbackVerificationResult.Invalid(
                    CallbackFailure.MalformedSignature,
                    $"\"signature\" must be a string of {CallbackSignature.HexLength} hexadecimal characters");
            }

            matched = MatchingEncoding(canonical);
            if (matched is null)
            {
                return CallbackVerificationResult.Invalid(
                    CallbackFailure.SignatureMismatch,
                    "the signature does not match the body under any known encoding: it was altered, or signed with another merchant key");
            }
        }

        return ReadTyped(body, matched.Value);
    }

#if NET
    // Finpay's bodies are json_encode output already: when one scan proves the body is its own canonical form, the payload is
    // the bytes around the signature member and nothing is re-encoded. Only a match is decided here; anything the scan cannot
    // prove, and a signature that does not match PHP's default encoding, goes through the full canonicalizer, which tries every
    // encoding and words the refusal.
    private CallbackVerificationResult? VerifyCanonical(byte[] body)
    {
        Span<byte> signature = stackalloc byte[CallbackSignature.ByteLength];
        if (!CanonicalBody.TryProve(body, signature, out var cutStart, out var cutEnd)) return null;
        if (!CallbackSignature.Matches(_key, body.AsSpan(0, cutStart), body.AsSpan(cutEnd), signature)) return null;
        // The scan admitted ASCII only, so this is the strict UTF-8 decoding of the body.
        return ReadTyped(Encoding.ASCII.GetString(body), CallbackEncoding.PhpDefault);
    }
#endif

    private static CallbackVerificationResult ReadTyped(string body, CallbackEncoding matched)
    {
        Callback? callback;
        try
        {
            callback = CallbackReader.Read(body);
        }
#pragma warning disable CA1031 // The body came from the network: any mapping failure is a refusal, never an exception.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return CallbackVerificationResult.Invalid(
                CallbackFailure.UnreadablePayload,
                "the signature matches but the body does not fit the callback model: " + exception.GetType().Name,
                matched);
        }

        return callback is null
            ? CallbackVerificationResult.Invalid(CallbackFailure.UnreadablePayload, "the body is empty", matched)
            : CallbackVerificationResult.Valid(callback, matched);
    }

    // PHP's default first (Finpay's own plugin), then the flags other real verifiers use. An encoding that gives the same
    // bytes as one already tried is skipped: it cannot match where that one did not.
    private CallbackEncoding? MatchingEncoding(PhpJsonCanonicalizer canonical)
    {
        if (CallbackSignature.Matches(_key, canonical.Payload, canonical.PayloadLength, canonical.Signature)) return CallbackEncoding.PhpDefault;
        foreach (var encoding in AlternativeEncodings)
        {
            if (!canonical.Differs(encoding)) continue;
            var payload = canonical.Variant(encoding, out var length);
            if (CallbackSignature.Matches(_key, payload, length, canonical.Signature)) return encoding;
        }

        return null;
    }

    private CallbackVerificationResult TooLarge() =>
        CallbackVerificationResult.Invalid(CallbackFailure.BodyTooLarge, $"the body is larger than {MaxBodyBytes} bytes");

    /// <inheritdoc />
    public override string ToString() => $"FinpayCallbackVerifier (limit {MaxBodyBytes} bytes)";
}
