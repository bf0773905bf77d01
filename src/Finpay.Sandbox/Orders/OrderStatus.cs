namespace Finpay.Sandbox.Orders;

/// <summary>The payment statuses the sandbox uses (a subset of Finpay's open list).</summary>
internal static class OrderStatus
{
    public const string Initiated = "INITIATED";
    public const string Paid = "PAID";
    public const string Failed = "FAILED";
    public const string Cancelled = "CANCELLED";
    public const string PartiallyRefunded = "PARTIALLY_REFUNDED";
    public const string Refunded = "REFUNDED";
    public const string Expired = "EXPIRED";
}
