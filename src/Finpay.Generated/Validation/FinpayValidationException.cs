using System;
using System.Collections.Generic;
using System.Linq;
using Finpay.Generated.Errors;

namespace Finpay.Generated.Validation;

/// <summary>
/// A request broke the spec's rules and was not sent: no byte reached Finpay. <see cref="Errors"/> lists every violation at
/// once, so one round of fixes is enough.
/// </summary>
public sealed class FinpayValidationException : FinpayException
{
    /// <summary>Creates the exception from the violations found.</summary>
    /// <param name="errors">Every violation; at least one.</param>
    public FinpayValidationException(IEnumerable<FinpayValidationError> errors)
        : this((errors ?? throw new ArgumentNullException(nameof(errors))).ToList())
    {
    }

    private FinpayValidationException(List<FinpayValidationError> errors)
        : base(Describe(errors))
    {
        Errors = errors.AsReadOnly();
    }

    /// <summary>Every violation, each with its JSON path in wire names.</summary>
    public IReadOnlyList<FinpayValidationError> Errors { get; }

    private static string Describe(List<FinpayValidationError> errors)
    {
        if (errors.Count == 0)
            throw new ArgumentException("A validation exception needs at least one error.", nameof(errors));
        var noun = errors.Count == 1 ? "rule" : "rules";
        return $"The request was not sent: it breaks {errors.Count} of the spec's {noun} " +
               $"({string.Join(", ", errors.Select(e => e.Path))}): {string.Join("; ", errors)}.";
    }
}
