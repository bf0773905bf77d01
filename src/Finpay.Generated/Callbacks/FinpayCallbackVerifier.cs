using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Serialization;

namespace Finpay.Generated.Callbacks;

/// <summary>
/// Verifies the signed callbacks Finpay POSTs to <c>url.callbackUrl</c>, exactly as Finpay's PHP reference computes the
/// signature: hex(HMAC-SHA512(merchant key, json_encode(json_decode(body, true) without "signature")))). Pass the raw body
/// as received; the verifier re-encodes it itself, so whitespace or escaping on the wire does not matter.
/// </summary>
/// <remarks>
/// Never throws on what arrives over the network: every problem comes back as a <see cref="CallbackVerificationResult"/>
/// with a reason. Bodies over the size limit are refused before they are parsed, and the signature is compared in constant
/// time. A valid callback is still only a notification: confirm the payment with checkStatus before shipping goods.
/// </remarks>
public sealed class FinpayCallbackVerifier
{
    /// <summary>The default body size limit, 64 KiB: a real callback is about 1 KiB.</summary>
    public const int DefaultMaxBodyBytes = 64 * 1024;

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
        if (!PhpJsonCanonicalizer.TryCanonicalize(body, out var outcome, out var error))
            return CallbackVerificationResult.Invalid(CallbackFailure.InvalidJson, "the body is not valid JSON: " + error);

        if (!outcome!.HasSignature)
            return CallbackVerificationResult.Invalid(CallbackFailure.MissingSignature, "the body has no \"signature\" member");

        var received = outcome.Signature is null ? null : CallbackSignature.FromHex(outcome.Signature);
        if (received is null)
        {
            return CallbackVerificationResult.Invalid(
                CallbackFailure.MalformedSignature,
                $"\"signature\" must be a string of {CallbackSignature.HexLength} hexadecimal characters");
        }

        var expected = CallbackSignature.Compute(_key, outcome.Payload);
        if (!CallbackSignature.FixedTimeEquals(expected, received))
        {
            return CallbackVerificationResult.Invalid(
                CallbackFailure.SignatureMismatch,
                "the signature does not match the body: it was altered, or signed with another merchant key");
        }

        Callback? callback;
        try
        {
            callback = FinpayJson.Deserialize<Callback>(body);
        }
#pragma warning disable CA1031 // The body came from the network: any mapping failure is a refusal, never an exception.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return CallbackVerificationResult.Invalid(
                CallbackFailure.UnreadablePayload,
                "the signature matches but the body does not fit the callback model: " + exception.GetType().Name);
        }

        return callback is null
            ? CallbackVerificationResult.Invalid(CallbackFailure.UnreadablePayload, "the body is empty")
            : CallbackVerificationResult.Valid(callback);
    }

    private CallbackVerificationResult TooLarge() =>
        CallbackVerificationResult.Invalid(CallbackFailure.BodyTooLarge, $"the body is larger than {MaxBodyBytes} bytes");

    /// <inheritdoc />
    public override string ToString() => $"FinpayCallbackVerifier (limit {MaxBodyBytes} bytes)";
}
