namespace Finpay.Generated.Callbacks;

/// <summary>Why a callback was not accepted.</summary>
public enum CallbackFailure
{
    /// <summary>The callback is valid.</summary>
    None = 0,

    /// <summary>No body was received.</summary>
    MissingBody,

    /// <summary>The body is larger than the verifier's limit; it was not parsed.</summary>
    BodyTooLarge,

    /// <summary>The body is not a JSON object that Finpay's PHP reference could decode and re-encode.</summary>
    InvalidJson,

    /// <summary>The body has no <c>signature</c> member.</summary>
    MissingSignature,

    /// <summary>The <c>signature</c> member is not 128 hexadecimal characters.</summary>
    MalformedSignature,

    /// <summary>The signature does not match the body: it was altered, or signed with another merchant key.</summary>
    SignatureMismatch,

    /// <summary>The signature matches, but the body does not fit the callback model (e.g. an amount that is not a number).</summary>
    UnreadablePayload,
}
