namespace Finpay.Generated.ContractTests.Consumer;

/// <summary>
/// The provider states the contract uses (the Finpay sandbox's names). Before each interaction the provider's
/// <c>/provider-states</c> endpoint receives <c>{"action":"setup","state":NAME,"params":{...}}</c> and makes the state true.
/// </summary>
internal static class ProviderStates
{
    /// <summary>Params: orderId. No order with this id exists (forget it if it does).</summary>
    public const string NoOrder = "no order";

    /// <summary>Params: orderId, amount (digits). The order exists, was charged the amount and is PAID.</summary>
    public const string PaidOrder = "a paid order";

    /// <summary>Params: orderId, amount, cardToken. A PAID order charged to a stored card (status checks show the card).</summary>
    public const string PaidOrderWithStoredCard = "a paid order with a stored card";

    /// <summary>Params: orderId, amount (digits). The order was initiated and is not paid (INITIATED).</summary>
    public const string InitiatedOrder = "an initiated order";

    /// <summary>Params: cardToken. A card is stored for the merchant under this token.</summary>
    public const string StoredCard = "a stored card";
}
