namespace Finpay.Generated.ContractTests.Consumer;

/// <summary>
/// The provider states the contract uses. The provider's <c>/provider-states</c> endpoint receives
/// <c>{"action":"setup","state":NAME,"params":{...}}</c> before each interaction and must make the state true.
/// </summary>
internal static class ProviderStates
{
    /// <summary>Params: orderId. No order with this id exists (forget it if it does).</summary>
    public const string OrderDoesNotExist = "an order does not exist";

    /// <summary>Params: orderId, amount (digits). The order exists, was charged the amount and is PAID.</summary>
    public const string OrderIsPaid = "an order is paid";

    /// <summary>Params: orderId, amount (digits). The order was initiated and is not paid (INITIATED).</summary>
    public const string OrderIsInitiatedAndNotPaid = "an order is initiated and not paid";

    /// <summary>Params: cardToken. A card is stored for the merchant under this token.</summary>
    public const string CardIsStored = "a card is stored";
}
