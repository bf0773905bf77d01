using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Generated.Values;
using Finpay.Generated.Serialization;
using Finpay.Sandbox.Callbacks;
using Finpay.Sandbox.Cards;
using Finpay.Sandbox.Ledger;
using Finpay.Sandbox.Orders;
using Finpay.Sandbox.Schedules;
using Finpay.Sandbox.Validation;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Finpay.Sandbox.Api;

/// <summary>Finpay's card operations, played by the sandbox: authenticate, validate, move the order's state, answer.</summary>
internal sealed partial class CardApi
{
    private readonly OrderBook _orders;
    private readonly CardVault _cards;
    private readonly ChargeLedger _ledger;
    private readonly CallbackDispatcher _callbacks;
    private readonly MerchantDirectory _merchants;
    private readonly SandboxClock _clock;
    private readonly SpecValidator _spec;

    public CardApi(OrderBook orders, CardVault cards, ChargeLedger ledger, CallbackDispatcher callbacks, MerchantDirectory merchants,
        SandboxClock clock, SpecValidator spec)
    {
        _orders = orders;
        _cards = cards;
        _ledger = ledger;
        _callbacks = callbacks;
        _merchants = merchants;
        _clock = clock;
        _spec = spec;
    }

    public Task<IResult> InitiateAsync(HttpContext context) => HandleAsync(context, async merchantId =>
    {
        var (body, request) = await ReadAsync<InitiateRequest>(context, "InitiateRequest");
        Require(BusinessRules.Initiate(request));
        var now = _clock.Now;
        var timeout = int.TryParse(request.Order.Timeout, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? minutes : 1440;
        var order = NewOrder(merchantId, request.Order, request.Customer, body, now);
        order.CallbackUrl = request.Url.CallbackUrl;
        order.SuccessUrl = request.Url.SuccessUrl;
        order.FailUrl = request.Url.FailUrl;
        order.PageToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        order.ExpiresAt = now.AddMinutes(timeout);
        order.StoreCard = request.Card?.StoredOnFile == "TO_BE_STORED" || request.Recurring is not null;
        order.Recurring = request.Recurring;
        if (!_orders.TryAdd(order)) throw new FinpayProblem(FinpayError.Conflict($"Order id {order.Id} is already used"));

        var page = HostedPage.HostedCardPage.UrlFor(context.Request, order.PageToken);
        return new InitiateResponse
        {
            ResponseCode = ResponseCode.Success,
            ResponseMessage = "Success",
            RedirectUrl = page,
            ExpiryLink = SandboxClock.Format(order.ExpiresAt),
        };
    });

    public Task<IResult> PayAsync(HttpContext context) => HandleAsync(context, async merchantId =>
    {
        var (body, request) = await ReadAsync<PaymentRequest>(context, "PaymentRequest");
        Require(BusinessRules.Pay(request));
        var stored = _cards.Find(merchantId, request.Card.Token!)
                     ?? throw new FinpayProblem(FinpayError.InvalidCard("The card token is not stored for this merchant"));
        var now = _clock.Now;
        var order = NewOrder(merchantId, request.Order, request.Customer, body, now);
        order.CallbackUrl = request.Url?.CallbackUrl;
        order.StoredCard = stored;
        order.Card = stored.Card;
        var declined = stored.Card.Outcome == TestCardOutcome.InsufficientFundsLater;
        order.Status = declined ? OrderStatus.Failed : OrderStatus.Paid;
        order.StatusDescription = declined ? "Insufficient funds" : "Payment Success";
        if (!_orders.TryAdd(order)) throw new FinpayProblem(FinpayError.Conflict($"Order id {order.Id} is already used"));

        _ledger.Record(order.Id, "ONE_CLICK", order.Amount, order.Currency, order.Status, order.Reference, now, stored.Card.Mask,
            declined ? "Insufficient funds" : null);
        SendCallback(order, order.Status, order.StatusDescription, now, order.Reference, order.Amount);
        if (declined) throw new FinpayProblem(FinpayError.InsufficientFunds("The issuer declined the stored card"));

        return new PaymentResponse
        {
            ResponseCode = ResponseCode.Success,
            ResponseMessage = "Success",
            Data = PaymentData(order, now),
        };
    });

    internal void SendCallback(SandboxOrder order, string status, string description, DateTimeOffset at, string reference, decimal amount)
    {
        if (order.CallbackUrl is null) return;
        var callback = OrderViews.Callback(order, status, description, at, reference, amount);
        _callbacks.Send(order.Id, order.CallbackUrl, _merchants.KeyOf(order.MerchantId), callback);
    }

    private SandboxOrder NewOrder(string merchantId, Order order, Customer customer, JObject body, DateTimeOffset now) =>
        new(order.Id, merchantId, order.Amount!.Value, order.Currency ?? "IDR", now)
        {
            Description = order.Description,
            Customer = new CustomerReference
            {
                Id = customer.Id, Email = customer.Email, FirstName = customer.FirstName, LastName = customer.LastName,
                MobilePhone = customer.MobilePhone,
            },
            // Kept as sent (key order included), so the callback echoes exactly what the merchant gave.
            MetaData = body["meta"]?["data"]?.DeepClone() ?? JValue.CreateNull(),
            StatusAt = now,
        };

    private static PaymentData PaymentData(SandboxOrder order, DateTimeOffset now)
    {
        var digits = RandomNumberGenerator.GetInt32(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        return new PaymentData
        {
            Acquirer = new Acquirer
            {
                Batch = long.Parse(now.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                Date = now.ToString("MMdd", CultureInfo.InvariantCulture),
                Id = "SANDBOX_ACQ",
                MerchantId = "000800910091992",
                SettlementDate = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                TimeZone = "+0700",
                TransactionId = digits + "000",
            },
            Amount = order.Amount,
            AuthorizationCode = digits,
            Currency = order.Currency,
            Id = "C-" + Guid.NewGuid().ToString("D"),
            Receipt = now.ToString("yyMMdd", CultureInfo.InvariantCulture) + digits,
            Reference = order.Reference,
            Source = "INTERNET",
            Stan = digits.Substring(1),
            Terminal = "SANDBOX01",
            Type = "CAPTURE",
        };
    }

    private async Task<IResult> HandleAsync(HttpContext context, Func<string, Task<object>> operation)
    {
        var started = Stopwatch.GetTimestamp();
        object answer;
        var status = StatusCodes.Status200OK;
        try
        {
            var merchantId = _merchants.Authenticate(context.Request.Headers.Authorization, out var problem)
                             ?? throw new FinpayProblem(FinpayError.Unauthorized(problem));
            answer = await operation(merchantId);
        }
        catch (FinpayProblem failure)
        {
            status = failure.Error.HttpStatus;
            answer = new ErrorResponse { ResponseCode = failure.Error.ResponseCode, ResponseMessage = failure.Error.Message };
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var json = JObject.Parse(FinpayJson.Serialize(answer));
        json["processingTime"] = seconds;
        json["traceId"] = Guid.NewGuid().ToString("N");
        return Results.Text(json.ToString(Formatting.None), "application/json", Encoding.UTF8, status);
    }

    private async Task<(JObject Body, T Request)> ReadAsync<T>(HttpContext context, string schemaName)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        // Decimals keep numbers as written; a number beyond decimal's range is still valid JSON (meta.data is free-form), and
        // Finpay's PHP reads it as a double, as the second attempt does.
        var body = ParseJson(text, FloatParseHandling.Decimal) ?? ParseJson(text, FloatParseHandling.Double)
                   ?? throw new FinpayProblem(FinpayError.BadRequest("The body is not valid JSON"));
        Require(UnencodableNumber(body, text));
        Require(_spec.Validate(body, schemaName));
        return ((JObject)body, body.ToObject<T>(FinpayJson.SharedSerializer)!);
    }

    private static JToken? ParseJson(string text, FloatParseHandling numbers)
    {
        try
        {
            using var json = new JsonTextReader(new StringReader(text))
            {
                DateParseHandling = DateParseHandling.None, FloatParseHandling = numbers, MaxDepth = 64,
            };
            var body = JToken.ReadFrom(json);
            return json.Read() ? null : body;
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    // PHP decodes 1e400 as INF and then cannot json_encode it: Finpay could never sign a callback that echoes it.
    private static FinpayError? UnencodableNumber(JToken body, string text)
    {
        var values = body is JContainer container ? container.DescendantsAndSelf() : new[] { body };
        var infinite = values.OfType<JValue>()
            .FirstOrDefault(v => v.Value is double d && (double.IsInfinity(d) || double.IsNaN(d)));
        return infinite is null
            ? null
            : FinpayError.FieldFormat(infinite.Path, $"the number {NumberAsWritten(infinite, text)} is too large to encode as JSON");
    }

    // The reader leaves each value's line and position just past it; the number's own spelling is what precedes that.
    private static string NumberAsWritten(JValue value, string text)
    {
        if (value is not IJsonLineInfo { LineNumber: > 0 } at) return "value";
        var lineStart = 0;
        for (var line = 1; line < at.LineNumber; line++) lineStart = text.IndexOf('\n', lineStart) + 1;
        var end = Math.Min(lineStart + at.LinePosition, text.Length);
        var start = end;
        while (start > 0 && "0123456789+-.eE".Contains(text[start - 1], StringComparison.Ordinal)) start--;
        return text.Substring(start, end - start);
    }

    private static void Require(FinpayError? problem)
    {
        if (problem is not null) throw new FinpayProblem(problem);
    }
}
