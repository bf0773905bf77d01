namespace Finpay.Generated.Validation;

/// <summary>
/// One way a request breaks the spec's rules, found before anything was sent. Never contains the offending value, so it is
/// safe to log even for card tokens, card numbers and CVVs.
/// </summary>
public sealed class FinpayValidationError
{
    /// <summary>Creates an error.</summary>
    /// <param name="path">The field's JSON path in wire names, e.g. <c>order.item[2].name</c>.</param>
    /// <param name="rule">The broken rule as JSON Schema names it, e.g. <c>maxLength</c>.</param>
    /// <param name="message">What is wrong with the value, without the value.</param>
    public FinpayValidationError(string path, string rule, string message)
    {
        Path = path;
        Rule = rule;
        Message = message;
    }

    /// <summary>The field's JSON path in wire names, e.g. <c>customer.firstName</c> or <c>order.item[2].name</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// The broken rule as JSON Schema names it: <c>required</c>, <c>minLength</c>, <c>maxLength</c>, <c>pattern</c>,
    /// <c>minItems</c>, <c>maxItems</c>, <c>enum</c>, <c>minimum</c> or <c>maximum</c>.
    /// </summary>
    public string Rule { get; }

    /// <summary>What is wrong, naming the rule and the value's problem but never the value itself.</summary>
    public string Message { get; }

    /// <summary>The path and the message, e.g. <c>order.id is too long: maxLength is 30, ...</c>.</summary>
    public override string ToString() => Path + " " + Message;
}
