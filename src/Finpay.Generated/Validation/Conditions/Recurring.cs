using System.Collections.Generic;
using Finpay.Generated.Validation;

namespace Finpay.Generated;

// The spec states these in the Recurring description only: "`type` is mandatory when `subscribe` is "Y"; `amount` is
// mandatory when `type` is PURCHASE or TOPUP".
public partial class Recurring
{
    partial void ValidateConditions(in ValidationPath path, ref List<FinpayValidationError>? errors)
    {
        if (Subscribe == RecurringSubscribe.Y && Type is null)
            ValidationRules.Required(ref errors, path, "type");
        if (Type is RecurringType.PURCHASE or RecurringType.TOPUP && Amount is null)
            ValidationRules.Required(ref errors, path, "amount");
    }
}
