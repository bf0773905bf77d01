namespace Finpay.Generated.Callbacks;

/// <summary>The outcome of verifying a callback: the typed callback when valid, otherwise the reason it was refused.</summary>
public sealed class CallbackVerificationResult
{
    private CallbackVerificationResult(Callback? callback, CallbackFailure failure, string reason, CallbackEncoding? matchedEncoding)
    {
        Callback = callback;
        Failure = failure;
        Reason = reason;
        MatchedEncoding = matchedEncoding;
    }

    /// <summary>Whether the signature matched and the body was read; only then is <see cref="Callback"/> set.</summary>
    public bool IsValid => Failure == CallbackFailure.None;

    /// <summary>The verified callback, or null when <see cref="IsValid"/> is false.</summary>
    public Callback? Callback { get; }

    /// <summary>Why the callback was refused; <see cref="CallbackFailure.None"/> when valid.</summary>
    public CallbackFailure Failure { get; }

    /// <summary>
    /// The canonical encoding the signature was computed over, when it matched one; null when it matched none (or was never
    /// checked). Where several encodings give the same bytes for this body, the first in <see cref="CallbackEncoding"/>'s
    /// order is named: <see cref="CallbackEncoding.PhpDefault"/> for a body with no <c>/</c> and nothing outside ASCII.
    /// </summary>
    public CallbackEncoding? MatchedEncoding { get; }

    /// <summary>A sentence saying what was wrong (or "valid"). Never contains the merchant key or the card token.</summary>
    public string Reason { get; }

    internal static CallbackVerificationResult Valid(Callback callback, CallbackEncoding matchedEncoding) =>
        new(callback, CallbackFailure.None, "valid", matchedEncoding);

    internal static CallbackVerificationResult Invalid(CallbackFailure failure, string reason, CallbackEncoding? matchedEncoding = null) =>
        new(null, failure, reason, matchedEncoding);

    /// <inheritdoc />
    public override string ToString() => IsValid ? $"Valid callback (signed over {MatchedEncoding})" : $"Invalid callback ({Failure}): {Reason}";
}
