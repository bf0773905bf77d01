using System.Collections.Generic;
using Finpay.Generated.Validation;

namespace Finpay.Generated;

// The spec's PointFilter.rule items are strings of 1 to 100 characters; NSwag drops element rules, so they are written here.
public partial class PointFilter
{
    partial void ValidateConditions(in ValidationPath path, ref List<FinpayValidationError>? errors) =>
        ValidationRules.StringItems(ref errors, path, "rule", Rule, 1, 100, null);
}
