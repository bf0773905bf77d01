namespace Finpay.Generated.Callbacks;

/// <summary>The outcome of verifying a callback: the typed callback when valid, otherwise the reason it was refused.</summary>
public sealed class CallbackVerificationResult
{
    private CallbackVerificationResult(Callback? callback, CallbackFailure failure, string reason)
    {
        Callback = callback;
        Failure = failure;
        Reason = reason;
    }

    /// <summary>Whether the signature matched and the body was read; only then is <see cref="Callback"/> set.</summary>
    public bool IsValid => Failure == CallbackFailure.None;

    /// <summary>The verified callback, or null when <see cref="IsValid"/> is false.</summary>
    public Callback? Callback { get; }

    /// <summary>Why the callback was refused; <see cref="CallbackFailure.None"/> when valid.</summary>
    public CallbackFailure Failure { get; }

    /// <summary>A sentence saying what was wrong (or "valid"). Never contains the merchant key or the card token.</summary>
    public string Reason { get; }

    internal static CallbackVerificationResult Valid(Callback callback) => new(callback, CallbackFailure.None, "valid");

    internal static CallbackVerificationResult Invalid(CallbackFailure failure, string reason) => new(null, failure, reason);

    /// <inheritdoc />
    public override string ToString() => IsValid ? "Valid callback" : $"Invalid callback ({Failure}): {Reason}";
}
