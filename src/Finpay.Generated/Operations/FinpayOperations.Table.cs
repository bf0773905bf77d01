using System.Collections.Generic;

namespace Finpay.Generated.Operations;

/// <summary>The card API's operations, one entry per operation of spec/finpay-card.yaml.</summary>
internal static partial class FinpayOperations
{
    private static readonly FinpayPathParameter OrderId = new("orderId", 1, 30, "^[A-Za-z0-9_-]+$", isSecret: false);
    private static readonly FinpayPathParameter CardToken = new("cardToken", 64, 64, "^[0-9a-fA-F]{64}$", isSecret: true);

    public static FinpayOperation Initiate { get; } = new("initiate", "POST", "pg/payment/card/initiate", new FinpayPathParameter[0], typeof(InitiateRequest), mayCharge: true);

    public static FinpayOperation Pay { get; } = new("pay", "POST", "pg/payment/card/payment", new FinpayPathParameter[0], typeof(PaymentRequest), mayCharge: true);

    public static FinpayOperation CheckStatus { get; } = new("checkStatus", "GET", "pg/payment/card/check/{orderId}", new[] { OrderId }, null, mayCharge: false);

    public static FinpayOperation Cancel { get; } = new("cancel", "GET", "pg/payment/card/cancel/{orderId}", new[] { OrderId }, null, mayCharge: false);

    public static FinpayOperation Void { get; } = new("void", "GET", "pg/payment/card/void/{orderId}", new[] { OrderId }, null, mayCharge: false);

    public static FinpayOperation Refund { get; } = new("refund", "POST", "pg/payment/card/refund", new FinpayPathParameter[0], typeof(RefundRequest), mayCharge: true);

    public static FinpayOperation DeleteCard { get; } = new("deleteCard", "GET", "pg/payment/card/customer/delete/{cardToken}", new[] { CardToken }, null, mayCharge: false);

    public static IReadOnlyList<FinpayOperation> All { get; } = new[] { Initiate, Pay, CheckStatus, Cancel, Void, Refund, DeleteCard };
}
