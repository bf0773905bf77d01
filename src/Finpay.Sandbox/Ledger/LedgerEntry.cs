using System;

namespace Finpay.Sandbox.Ledger;

/// <summary>
/// One money movement the sandbox recorded against an order: kind (PAYMENT, ONE_CLICK, RECURRING, REFUND, VOID), amount,
/// outcome (PAID, FAILED, REFUNDED, VOIDED), Finpay's reference, and the sandbox time it happened.
/// </summary>
public sealed record LedgerEntry(
    string OrderId, int Sequence, string Kind, decimal Amount, string Currency, string Status, string Reference,
    DateTimeOffset At, string? CardMask, string? Detail);
