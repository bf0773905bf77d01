using System;
using System.Collections.Generic;
using Finpay.Generated.Serialization;
using Newtonsoft.Json.Serialization;

namespace Finpay.Generated.Validation;

/// <summary>
/// Validates a request body as the generated client serializes it. The client serializes the body inside each operation
/// method before it sends anything, so throwing here means an invalid request never reaches the wire. Newtonsoft rethrows
/// exceptions from serialization callbacks unchanged, so callers see the <see cref="FinpayValidationException"/> itself.
/// </summary>
internal sealed class ValidatingContractResolver : FinpayContractResolver
{
    public static new readonly ValidatingContractResolver Instance = new();

    // The request bodies of the spec's operations. A test checks that every body parameter of IFinpayCardClient is here.
    private static readonly Dictionary<Type, Func<object, IReadOnlyList<FinpayValidationError>>> RequestBodies = new()
    {
        [typeof(InitiateRequest)] = body => ((InitiateRequest)body).Validate(),
        [typeof(PaymentRequest)] = body => ((PaymentRequest)body).Validate(),
        [typeof(RefundRequest)] = body => ((RefundRequest)body).Validate(),
    };

    internal static IEnumerable<Type> ValidatedBodyTypes => RequestBodies.Keys;

    protected override JsonObjectContract CreateObjectContract(Type objectType)
    {
        var contract = base.CreateObjectContract(objectType);
        if (RequestBodies.TryGetValue(objectType, out var validate))
        {
            contract.OnSerializingCallbacks.Add((body, _) =>
            {
                var errors = validate(body);
                if (errors.Count > 0)
                    throw new FinpayValidationException(errors);
            });
        }

        return contract;
    }
}
