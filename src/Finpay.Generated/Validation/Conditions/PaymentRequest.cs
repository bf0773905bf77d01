using System.Collections.Generic;
using Finpay.Generated.Validation;

namespace Finpay.Generated;

// A one-click payment charges a stored card: without an amount or the card's token there is nothing to charge (the spec's
// Order.amount and Card descriptions).
public partial class PaymentRequest
{
    partial void ValidateConditions(in ValidationPath path, ref List<FinpayValidationError>? errors)
    {
        if (Order is { Amount: null })
            ValidationRules.Required(ref errors, path.Property("order"), "amount");
        if (Card is { Token: null })
            ValidationRules.Required(ref errors, path.Property("card"), "token");
    }
}
