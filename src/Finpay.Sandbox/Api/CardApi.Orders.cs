using System.Globalization;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Generated.Values;
using Finpay.Sandbox.Orders;
using Finpay.Sandbox.Validation;
using Microsoft.AspNetCore.Http;

namespace Finpay.Sandbox.Api;

/// <summary>The operations on an existing order: check, cancel, void, refund; and deleting a stored card.</summary>
internal sealed partial class CardApi
{
    public Task<IResult> CheckStatusAsync(HttpContext context, string orderId) => HandleAsync(context, merchantId =>
        Task.FromResult<object>(WithOrder(merchantId, orderId, order => new CheckStatusResponse
        {
            ResponseCode = ResponseCode.Success,
            ResponseMessage = "Success",
            Data = OrderViews.StatusData(order),
        })));

    public Task<IResult> CancelAsync(HttpContext context, string orderId) => HandleAsync(context, merchantId =>
        Task.FromResult<object>(WithOrder(merchantId, orderId, order =>
        {
            if (order.Status is not (OrderStatus.Initiated or OrderStatus.Failed))
            {
                throw new FinpayProblem(FinpayError.InvalidStatus(order.Status is OrderStatus.Paid or OrderStatus.PartiallyRefunded
                    ? $"Order {order.Id} is {order.Status}: void or refund it instead"
                    : $"Order {order.Id} is {order.Status}"));
            }

            Move(order, OrderStatus.Cancelled, "Cancelled by the merchant");
            return Success(order);
        })));

    public Task<IResult> VoidAsync(HttpContext context, string orderId) => HandleAsync(context, merchantId =>
        Task.FromResult<object>(WithOrder(merchantId, orderId, order =>
        {
            switch (order.Status)
            {
                case OrderStatus.Paid:
                    Move(order, OrderStatus.Cancelled, "Payment voided");
                    order.Subscription?.Stop();
                    _ledger.Record(order.Id, "VOID", order.Amount, order.Currency, "VOIDED", order.Reference, _clock.Now, order.Card?.Mask);
                    return Success(order);
                case OrderStatus.Initiated or OrderStatus.Failed or OrderStatus.Expired:
                    throw new FinpayProblem(FinpayError.NotPermitted($"Order {order.Id} is not paid ({order.Status}): nothing to void"));
                case OrderStatus.PartiallyRefunded:
                    throw new FinpayProblem(FinpayError.NotPermitted($"Order {order.Id} is partly refunded: refund the rest instead"));
                default:
                    throw new FinpayProblem(FinpayError.InvalidStatus($"Order {order.Id} is {order.Status}"));
            }
        })));

    public Task<IResult> RefundAsync(HttpContext context) => HandleAsync(context, async merchantId =>
    {
        var (_, request) = await ReadAsync<RefundRequest>(context, "RefundRequest");
        Require(BusinessRules.Refund(request));
        var amount = request.Order.Amount;
        return WithOrder(merchantId, request.Order.Id, order =>
        {
            if (order.Status is OrderStatus.Initiated or OrderStatus.Failed or OrderStatus.Expired)
                throw new FinpayProblem(FinpayError.NotPermitted($"Order {order.Id} is not paid ({order.Status}): nothing to refund"));
            if (order.Status is not (OrderStatus.Paid or OrderStatus.PartiallyRefunded))
                throw new FinpayProblem(FinpayError.InvalidStatus($"Order {order.Id} is {order.Status}"));
            var refundable = order.Amount - order.Refunded;
            if (amount > refundable)
                throw new FinpayProblem(FinpayError.NotPermitted($"A refund of {amount} is more than the {refundable} left to refund"));

            order.Refunded += amount;
            var full = order.Refunded == order.Amount;
            Move(order, full ? OrderStatus.Refunded : OrderStatus.PartiallyRefunded, full ? "Payment refunded" : "Payment partly refunded");
            _ledger.Record(order.Id, "REFUND", amount, order.Currency, "REFUNDED", order.Reference, _clock.Now, order.Card?.Mask);
            return Success(order);
        });
    });

    public Task<IResult> DeleteCardAsync(HttpContext context, string cardToken) => HandleAsync(context, merchantId =>
    {
        Require(BusinessRules.CardToken(cardToken));
        var card = _cards.Find(merchantId, cardToken)
                   ?? throw new FinpayProblem(FinpayError.InvalidCard("The card token is not stored for this merchant"));
        card.Deleted = true;
        return Task.FromResult<object>(new OperationResponse { ResponseCode = ResponseCode.Success, ResponseMessage = "Success" });
    });

    private object WithOrder(string merchantId, string orderId, System.Func<SandboxOrder, object> action)
    {
        Require(BusinessRules.OrderId(orderId));
        var order = _orders.Find(merchantId, orderId) ?? throw new FinpayProblem(FinpayError.TransactionNotFound(orderId));
        lock (order.Gate)
        {
            order.ExpireIfDue(_clock.Now);
            return action(order);
        }
    }

    private void Move(SandboxOrder order, string status, string description)
    {
        order.Status = status;
        order.StatusDescription = description;
        order.StatusAt = _clock.Now;
    }

    private static OperationResponse Success(SandboxOrder order) => new()
    {
        ResponseCode = ResponseCode.Success,
        ResponseMessage = "Success",
        Data = OrderViews.StatusData(order),
    };
}
