using System;
using System.Collections.Generic;
using Finpay.Generated;

namespace Finpay.Sandbox.Tests;

/// <summary>Requests shaped like Finpay's seeds, with the seed's customer.</summary>
internal static class Requests
{
    public static Customer SeedCustomer() => new()
    {
        Id = "hajar.finnet@gmail.com", Email = "hajar.finnet@gmail.com", FirstName = "Hajar", LastName = "Ismail", MobilePhone = "+6281286288844",
    };

    public static Recurring MonthlyTwice() => new()
    {
        Type = RecurringType.PURCHASE, Id = "sub-1", Amount = 1000, Interval = "1", IntervalUnit = "monthly", MaxInterval = "2",
    };

    public static InitiateRequest Initiate(string orderId, Uri? callbackUrl = null, Recurring? recurring = null, decimal amount = 1000, string? storedOnFile = null) => new()
    {
        Order = new Order { Id = orderId, Amount = amount, Currency = "IDR", Description = "Testing" },
        Customer = SeedCustomer(),
        Url = new Url { CallbackUrl = callbackUrl?.ToString() },
        Recurring = recurring,
        Card = storedOnFile is null ? null : new Card { StoredOnFile = storedOnFile },
        Meta = new Meta { Data = new Dictionary<string, object> { ["plan"] = "pro/annual", ["seats"] = 3 } },
        SourceOfFunds = new SourceOfFunds { Type = "cc" },
    };

    public static PaymentRequest Pay(string orderId, string token, Uri? callbackUrl = null, decimal amount = 1000) => new()
    {
        Order = new Order { Id = orderId, Amount = amount, Currency = "IDR", Description = "Testing" },
        Customer = SeedCustomer(),
        Url = callbackUrl is null ? null : new Url { CallbackUrl = callbackUrl.ToString() },
        Card = new Card { Token = token, StoredOnFile = "STORED" },
    };
}
