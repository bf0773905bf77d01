using System.Collections.Generic;
using Finpay.Generated.Validation;

namespace Finpay.Generated;

// The spec constrains the strings inside these arrays (items: minLength, maxLength, pattern), but NSwag only carries the
// array's own maxItems into attributes, so the element rules are written here. A conformance test compares them to the spec.
public partial class CardFilter
{
    internal static readonly StringPattern CardBinPattern = ValidationRules.Pattern("^[0-9]+$");

    partial void ValidateConditions(in ValidationPath path, ref List<FinpayValidationError>? errors)
    {
        ValidationRules.StringItems(ref errors, path, "cardBin", CardBin, 6, 8, CardBinPattern);
        ValidationRules.StringItems(ref errors, path, "cardType", CardType, 1, 20, null);
        ValidationRules.StringItems(ref errors, path, "cardBrand", CardBrand, 1, 20, null);
        ValidationRules.StringItems(ref errors, path, "cardIssuingName", CardIssuingName, 1, 100, null);
        ValidationRules.StringItems(ref errors, path, "cardIssuingCountry", CardIssuingCountry, 3, 3, null);
    }
}
