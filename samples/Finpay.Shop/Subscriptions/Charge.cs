using System;

namespace Finpay.Shop.Subscriptions;

/// <summary>A payment taken for a subscription after sign-up: a monthly renewal or a one-click charge from the admin page.</summary>
public sealed record Charge(string OrderId, string Kind, decimal Amount, DateTimeOffset At, bool Succeeded, string Detail);
