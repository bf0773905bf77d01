using System.Collections.Generic;
using Finpay.Generated.Validation;

namespace Finpay.Generated;

// Order.amount is "Conditional" in the spec because the same Order object serves refunds' lookups; an initiate without an
// amount is rejected by Finpay, so the SDK requires it here (the spec's Order.amount description says so).
public partial class InitiateRequest
{
    partial void ValidateConditions(in ValidationPath path, ref List<FinpayValidationError>? errors)
    {
        if (Order is { Amount: null })
            ValidationRules.Required(ref errors, path.Property("order"), "amount");
    }
}
