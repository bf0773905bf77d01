using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Finpay.Generated;
using Finpay.Generated.Values;
using Finpay.Sandbox.Api;
using Finpay.Sandbox.Schedules;

namespace Finpay.Sandbox.Validation;

/// <summary>The conditional rules a schema cannot say (Finpay's "C" fields), checked after the schema passed.</summary>
internal static class BusinessRules
{
    private static readonly Regex OrderIdPattern = new(@"^[A-Za-z0-9_-]{1,30}\z", RegexOptions.CultureInvariant);
    private static readonly Regex TokenPattern = new(@"^[0-9a-fA-F]{64}\z", RegexOptions.CultureInvariant);

    public static FinpayError? Initiate(InitiateRequest request)
    {
        if (request.Order.Amount is null) return FinpayError.MandatoryField("order.amount");
        if (request.SourceOfFunds.Type != SourceOfFundsType.Card) return FinpayError.FieldFormat("sourceOfFunds.type", "the card API takes cc");
        if (RawCardData(request.Card) is { } raw) return raw;
        if (request.Card?.Token is not null) return FinpayError.FeatureNotAllowed("Initiate with a stored card token is not simulated; use pay");
        if (request.Card?.StoredOnFile is { } storage && storage != CardStorage.ToBeStored && storage != CardStorage.NotStored)
            return FinpayError.FieldFormat("card.storedOnFile", "on initiate it is TO_BE_STORED or NOT_STORED");
        return request.Recurring is null ? null : Recurring(request.Recurring);
    }

    public static FinpayError? Pay(PaymentRequest request)
    {
        if (request.Order.Amount is null) return FinpayError.MandatoryField("order.amount");
        if (RawCardData(request.Card) is { } raw) return raw;
        if (request.Card.Token is null) return FinpayError.MandatoryField("card.token");
        if (request.Card.StoredOnFile is null) return FinpayError.MandatoryField("card.storedOnFile");
        if (request.Card.StoredOnFile != CardStorage.Stored) return FinpayError.FieldFormat("card.storedOnFile", "a one-click payment uses STORED");
        if (request.SourceOfFunds is { } funds && funds.Type != SourceOfFundsType.Card) return FinpayError.FieldFormat("sourceOfFunds.type", "the card API takes cc");
        return request.Recurring is null ? null : Recurring(request.Recurring);
    }

    public static FinpayError? Refund(RefundRequest request) =>
        request.Order.Amount <= 0 ? FinpayError.FieldFormat("order.amount", "must be more than 0") : null;

    public static FinpayError? OrderId(string orderId) =>
        OrderIdPattern.IsMatch(orderId) ? null : FinpayError.FieldFormat("orderId", "1 to 30 letters, digits, '-' or '_'");

    public static FinpayError? CardToken(string token) =>
        TokenPattern.IsMatch(token) ? null : FinpayError.FieldFormat("cardToken", "64 hexadecimal characters");

    private static FinpayError? Recurring(Generated.Recurring recurring)
    {
        if (recurring.Subscribe == RecurringSubscribe.Y && recurring.Type is null) return FinpayError.MandatoryField("recurring.type");
        if (recurring.Type is not null && recurring.Amount is null) return FinpayError.MandatoryField("recurring.amount");
        if (recurring.IntervalUnit is { } unit && !Subscription.IsKnownUnit(unit))
            return FinpayError.FieldFormat("recurring.intervalUnit", "one of minutes, hourly, daily, weekly, monthly, yearly");
        if (recurring.Retry?.IntervalUnit is { } retryUnit && !Subscription.IsKnownUnit(retryUnit))
            return FinpayError.FieldFormat("recurring.retry.intervalUnit", "one of minutes, hourly, daily, weekly, monthly, yearly");
        if (recurring.StartDate is { } start && !IsDate(start)) return FinpayError.FieldFormat("recurring.startDate", "not a calendar date");
        if (recurring.EndDate is { } end && !IsDate(end)) return FinpayError.FieldFormat("recurring.endDate", "not a calendar date");
        if (recurring.StartDate is not null && recurring.EndDate is not null && string.CompareOrdinal(recurring.EndDate, recurring.StartDate) < 0)
            return FinpayError.FieldFormat("recurring.endDate", "before recurring.startDate");
        return null;
    }

    private static FinpayError? RawCardData(Card? card) =>
        card is { Number: not null } or { Cvv: not null } or { ExpiryDate: not null }
            ? FinpayError.FeatureNotAllowed("Raw card data needs PCI-DSS certification; the customer enters the card on the hosted page")
            : null;

    private static bool IsDate(string yyyymmdd) =>
        DateTime.TryParseExact(yyyymmdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
