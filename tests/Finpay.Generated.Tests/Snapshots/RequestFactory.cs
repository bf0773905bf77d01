using System.Collections.Generic;

namespace Finpay.Generated.Tests.Snapshots;

/// <summary>Requests built in code the way a merchant would build them.</summary>
internal static class RequestFactory
{
    public const string StoredCardToken = "81b36a850c2e40458bad296f952084b516c919ca717d448722782769b81b9fd9";

    public static Customer SeedCustomer() => new()
    {
        Id = "hajar.finnet@gmail.com",
        Email = "hajar.finnet@gmail.com",
        FirstName = "Hajar",
        LastName = "Ismail",
        MobilePhone = "+6281286288844",
    };

    public static InitiateRequest RecurringInitiate() => new()
    {
        Customer = SeedCustomer(),
        Order = new Order { Id = "1686716101151", Amount = 1000, Currency = "IDR", Description = "Testing" },
        Recurring = new Recurring
        {
            Type = RecurringType.PURCHASE,
            Id = "abcd",
            Amount = 1000,
            Interval = "1",
            IntervalUnit = "monthly",
            MaxInterval = "2",
            StartDate = "20230715",
            EndDate = "20240715",
            Retry = new RecurringRetry { Interval = "1", IntervalUnit = "minutes", MaxInterval = "1" },
        },
        Url = new Url { CallbackUrl = "https://sandbox.finpay.co.id/simdev/finpay/result/tangkapCurl.php" },
        SourceOfFunds = new SourceOfFunds { Type = "cc" },
    };

    public static PaymentRequest OneClickPayment() => new()
    {
        Customer = SeedCustomer(),
        Order = new Order { Id = "1685522307103", Amount = 1000, Currency = "IDR", Description = "Testing" },
        Card = new Card { Token = StoredCardToken, StoredOnFile = "STORED" },
    };

    /// <summary>A payment with every optional object filled, to pin the whole request shape.</summary>
    public static PaymentRequest FullPayment() => new()
    {
        Order = new Order
        {
            Id = "ORDER-2026-0001",
            Amount = 150000,
            Currency = "IDR",
            Description = "Annual plan",
            Timeout = "1440",
            ItemAmount = 150000,
            LocalTaxRegistrationId = "01.234.567.8-901.000",
            MerchantCategoryCode = "5734",
            SurchargeAmount = 0,
            Item = new List<OrderItem>
            {
                new()
                {
                    Brand = "Finpay", Category = "software", Description = "Annual subscription", IndustryCategory = "digital",
                    Name = "Plan Pro", Quantity = "1", Sku = "PRO-12", UnitDiscountAmount = 0, UnitOfMeasure = "unit",
                    UnitPrice = 150000, UnitTaxAmount = 0,
                },
            },
            TransactionFiltering = new TransactionFiltering
            {
                Accepted = new CardFilter
                {
                    CardBin = new List<string> { "481111" },
                    CardBrand = new List<string> { "VISA" },
                    CardType = new List<string> { "CREDIT" },
                    CardIssuingName = new List<string> { "BANK CIMB NIAGA" },
                    CardIssuingCountry = new List<string> { "IDN" },
                },
                Rejected = new CardFilter { CardBin = new List<string> { "520000" } },
                Point = new PointFilter { Last4 = "1114", OwnedPoints = "100", Rule = new List<string> { "DOUBLE" } },
            },
        },
        Customer = new Customer
        {
            Id = "cust-42",
            Email = "hajar.finnet@gmail.com",
            FirstName = "Hajar",
            LastName = "Ismail",
            MobilePhone = "+6281286288844",
            Phone = "0215551234",
            TaxRegistrationId = "09.876.543.2-109.000",
            Account = new CustomerAccount { Id = "acct-42" },
        },
        Url = new Url
        {
            CallbackUrl = "https://merchant.example/finpay/callback",
            SuccessUrl = "https://merchant.example/paid",
            FailUrl = "https://merchant.example/failed",
            BackUrl = "https://merchant.example/cart",
            ThreeDsResponseUrl = "https://merchant.example/finpay/3ds",
        },
        Billing = new Billing
        {
            Address = new BillingAddress
            {
                City = "Jakarta", Company = "PT Contoh", Country = "IDN", PostcodeZip = "12190", StateProvince = "DKI Jakarta",
                StateProvinceCode = "JK", Street = "Jl. Jend. Sudirman 1", Street2 = "Lantai 5",
            },
            BillerServiceProvider = new BillerServiceProvider { CustomerId = "bc-1", Id = "biller-1", SubId = "sub-1", Type = "PLN" },
        },
        Shipping = new Shipping
        {
            Method = "SAME_DAY",
            Origin = new ShippingOrigin { PostcodeZip = "12190" },
            Contact = new ShippingContact
            {
                Email = "hajar.finnet@gmail.com", FirstName = "Hajar", LastName = "Ismail", MobilePhone = "+6281286288844",
                Phone = "0215551234",
            },
            Address = new ShippingAddress
            {
                City = "Bandung", Company = "PT Contoh", Country = "IDN", PostcodeZip = "40115", StateProvince = "Jawa Barat",
                StateProvinceCode = "JB", Street = "Jl. Asia Afrika 8", Street2 = "Blok B", Source = "CUSTOMER", SameAsBilling = false,
            },
        },
        Meta = new Meta { Data = new Dictionary<string, object> { ["plan"] = "pro", ["seats"] = 5 } },
        Card = new Card { Token = StoredCardToken, StoredOnFile = "STORED" },
        Recurring = new Recurring
        {
            ProductCode = "PRO12", Type = RecurringType.PURCHASE, Id = "sub-42", Amount = 150000, Interval = "1",
            IntervalUnit = "monthly", MaxInterval = "12", StartDate = "20261201", EndDate = "20271130",
            Retry = new RecurringRetry { Interval = "30", IntervalUnit = "minutes", MaxInterval = "3" },
            Subscribe = RecurringSubscribe.Y,
        },
        SourceOfFunds = new SourceOfFunds { Type = "cc", AccountId = "acc-1", PaymentCode = "PC-1", Channel = "WEB" },
        Device = new Device
        {
            Ani = "6281286288844", AniCallType = "MOBILE", Browser = "Mozilla/5.0", Fingerprint = "fp-0f3c", Hostname = "merchant-web-1",
            IpAddress = "127.0.0.1", MobilePhoneModel = "Pixel 9",
        },
    };
}
