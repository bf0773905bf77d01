using Finpay.Generated;

// Compiled only with -p:FinpayIncludeViolation=true: order.id allows 30 characters, this constant has 31.
internal static class Violation
{
    public static Order TooLongOrderId() => new() { Id = "ORDER-0123456789-0123456789-XYZ" };
}
