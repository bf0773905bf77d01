namespace Finpay.Sandbox.Api;

/// <summary>
/// An error answer in Finpay's envelope. The first three digits of the response code are the HTTP status. Codes Finpay
/// documents: 4030001, 4030015, 4040100; the others follow the SNAP scheme Finpay's codes come from (inferred).
/// </summary>
internal sealed record FinpayError(int HttpStatus, string ResponseCode, string Message)
{
    public static FinpayError BadRequest(string message) => new(400, "4000000", "Bad Request. " + message);

    public static FinpayError FieldFormat(string path, string reason) => new(400, "4000001", $"Invalid Field Format {path}: {reason}");

    public static FinpayError MandatoryField(string path) => new(400, "4000002", $"Invalid Mandatory Field {path}");

    public static FinpayError Unauthorized(string message) => new(401, "4010000", message);

    public static FinpayError FeatureNotAllowed(string message) => new(403, "4030001", "Feature Not Allowed. " + message);

    public static FinpayError InsufficientFunds(string message) => new(403, "4030014", "Insufficient Funds. " + message);

    public static FinpayError NotPermitted(string message) => new(403, "4030015", "Transaction Not Permitted. " + message);

    public static FinpayError InvalidStatus(string message) => new(404, "4040100", "Invalid Transaction Status. " + message);

    public static FinpayError TransactionNotFound(string orderId) => new(404, "4040101", $"Transaction Not Found. No order {orderId} for this merchant");

    public static FinpayError InvalidCard(string message) => new(404, "4040111", "Invalid Card. " + message);

    public static FinpayError Conflict(string message) => new(409, "4090001", "Conflict. " + message);

    /// <summary>A path no operation serves, or a method the path does not take; answered like any other error.</summary>
    public static FinpayError NoOperation(int httpStatus, string method, string path) => httpStatus == 405
        ? new(405, "4050000", $"Method Not Allowed. {method} is not an operation of {path}")
        : new(httpStatus, httpStatus.ToString(System.Globalization.CultureInfo.InvariantCulture) + "0000", $"Not Found. No operation at {method} {path}");
}
