using System;
using System.Globalization;
using Finpay.Sandbox.Cards;
using Finpay.Sandbox.Orders;

namespace Finpay.Sandbox.Schedules;

/// <summary>
/// A recurring schedule set up by an initiate with a <c>recurring</c> object, active once the hosted page stored the card.
/// Charge n (0-based) is due at start + n x interval (dates before the payment are skipped); <c>maxInterval</c> caps the number of charges, <c>endDate</c> the last
/// date. A failed charge is retried per <c>recurring.retry</c> before the schedule moves on.
/// </summary>
internal sealed class Subscription
{
    public Subscription(SandboxOrder order, StoredCard card, Generated.Recurring recurring, DateTimeOffset paidAt)
    {
        Order = order;
        Card = card;
        Amount = recurring.Amount ?? order.Amount;
        Interval = ParseCount(recurring.Interval, 1);
        Unit = recurring.IntervalUnit ?? "monthly";
        MaxCharges = recurring.MaxInterval is null ? null : ParseCount(recurring.MaxInterval, 1);
        Start = recurring.StartDate is null ? Add(paidAt, Unit, Interval) : ParseDate(recurring.StartDate);
        End = recurring.EndDate is null ? null : ParseDate(recurring.EndDate).AddDays(1).AddTicks(-1);
        RetryInterval = ParseCount(recurring.Retry?.Interval, 0);
        RetryUnit = recurring.Retry?.IntervalUnit ?? "minutes";
        MaxRetries = RetryInterval == 0 ? 0 : ParseCount(recurring.Retry?.MaxInterval, 0);
        NextDue = Start;
        Active = IsWithinSchedule(0);
        // A schedule that began before the customer paid (e.g. Finpay's sample dates) has missed those charges: they are not made.
        while (Active && NextDue < paidAt) ChargeSettled();
    }

    public SandboxOrder Order { get; }

    public StoredCard Card { get; }

    public decimal Amount { get; }

    public int Interval { get; }

    public string Unit { get; }

    public int? MaxCharges { get; }

    public DateTimeOffset Start { get; }

    public DateTimeOffset? End { get; }

    public int RetryInterval { get; }

    public string RetryUnit { get; }

    public int MaxRetries { get; }

    /// <summary>How many scheduled charges are behind us (succeeded or given up).</summary>
    public int ChargesDone { get; private set; }

    /// <summary>Retries made for the current charge.</summary>
    public int Retries { get; private set; }

    public DateTimeOffset NextDue { get; private set; }

    public bool Active { get; private set; }

    public void ChargeSettled()
    {
        ChargesDone++;
        Retries = 0;
        NextDue = Add(Start, Unit, Interval * ChargesDone);
        Active = IsWithinSchedule(ChargesDone);
    }

    public bool CanRetry => Retries < MaxRetries;

    public void ScheduleRetry()
    {
        Retries++;
        NextDue = Add(NextDue, RetryUnit, RetryInterval);
    }

    public void Stop() => Active = false;

    private bool IsWithinSchedule(int charge) =>
        (MaxCharges is null || charge < MaxCharges) && (End is null || Add(Start, Unit, Interval * charge) <= End) &&
        (MaxCharges is not null || End is not null || charge < 120);

    internal static DateTimeOffset Add(DateTimeOffset at, string unit, int count) => unit switch
    {
        "minute" or "minutes" or "minutely" => at.AddMinutes(count),
        "hour" or "hours" or "hourly" => at.AddHours(count),
        "day" or "days" or "daily" => at.AddDays(count),
        "week" or "weeks" or "weekly" => at.AddDays(7 * count),
        "year" or "years" or "yearly" or "annually" => at.AddYears(count),
        _ => at.AddMonths(count),
    };

    internal static bool IsKnownUnit(string unit) => unit is "minute" or "minutes" or "minutely" or "hour" or "hours" or "hourly" or
        "day" or "days" or "daily" or "week" or "weeks" or "weekly" or "month" or "months" or "monthly" or "year" or "years" or
        "yearly" or "annually";

    private static int ParseCount(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    internal static DateTimeOffset ParseDate(string yyyymmdd) =>
        new(DateTime.ParseExact(yyyymmdd, "yyyyMMdd", CultureInfo.InvariantCulture), SandboxClock.JakartaOffset);
}
