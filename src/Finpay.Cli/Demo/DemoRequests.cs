using System;
using System.Collections.Generic;
using System.Globalization;
using Finpay.Generated;

namespace Finpay.Cli.Demo;

/// <summary>The demo's requests: Finpay's recurring-initiate and one-click samples, with the seed customer and fresh dates.</summary>
internal static class DemoRequests
{
    public static Customer SeedCustomer() => new()
    {
        Id = "hajar.finnet@gmail.com",
        Email = "hajar.finnet@gmail.com",
        FirstName = "Hajar",
        LastName = "Ismail",
        MobilePhone = "+6281286288844",
    };

    public static InitiateRequest RecurringInitiate(string orderId, Uri callbackUrl, DateTimeOffset today) => new()
    {
        Customer = SeedCustomer(),
        Order = new Order { Id = orderId, Amount = 1000, Currency = "IDR", Description = "Finpay.Generated demo subscription" },
        Recurring = new Recurring
        {
            Type = RecurringType.PURCHASE,
            Id = "demo-" + orderId.Substring(orderId.Length - 4),
            Amount = 1000,
            Interval = "1",
            IntervalUnit = "monthly",
            MaxInterval = "12",
            StartDate = today.AddMonths(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            EndDate = today.AddMonths(12).ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            Retry = new RecurringRetry { Interval = "1", IntervalUnit = "minutes", MaxInterval = "1" },
        },
        Url = new Url { CallbackUrl = callbackUrl.ToString() },
        Meta = new Meta { Data = new Dictionary<string, object> { ["source"] = "finpay demo" } },
        SourceOfFunds = new SourceOfFunds { Type = "cc" },
    };

    public static PaymentRequest OneClick(string orderId, string token) => new()
    {
        Customer = SeedCustomer(),
        Order = new Order { Id = orderId, Amount = 1000, Currency = "IDR", Description = "Finpay.Generated demo one-click" },
        Card = new Card { Token = token, StoredOnFile = "STORED" },
    };
}
