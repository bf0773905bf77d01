namespace Finpay.Generated.Callbacks;

/// <summary>
/// The canonical encodings a callback signature is checked against: PHP's <c>json_encode</c> of the decoded body without
/// <c>signature</c>, with one of the flag sets real Finpay verifiers use. They give the same bytes unless a string holds
/// <c>/</c> or a character outside ASCII.
/// </summary>
public enum CallbackEncoding
{
    /// <summary><c>json_encode($data)</c>: <c>/</c> as <c>\/</c>, non-ASCII as <c>\uXXXX</c>. Finpay's own plugin verifies this way.</summary>
    PhpDefault = 0,

    /// <summary><c>json_encode($data, JSON_UNESCAPED_SLASHES)</c>: <c>/</c> written as is.</summary>
    UnescapedSlashes,

    /// <summary><c>json_encode($data, JSON_UNESCAPED_UNICODE)</c>: non-ASCII written as UTF-8 (U+2028 and U+2029 stay escaped).</summary>
    UnescapedUnicode,

    /// <summary><c>json_encode($data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE)</c>.</summary>
    UnescapedSlashesAndUnicode,
}
