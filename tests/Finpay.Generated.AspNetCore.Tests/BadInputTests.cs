using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Finpay.Generated.AspNetCore.Tests.Infrastructure;
using Finpay.Generated.Callbacks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.AspNetCore.Tests;

/// <summary>
/// What must never reach the handler, and what must never be lost: each case has its answer (a non-2xx, so Finpay sends it
/// again), its log line with the reason, and no secret in any log.
/// </summary>
public class BadInputTests
{
    private const string Key = Finpay.Sandbox.SandboxOptions.DefaultMerchantKey;

    private static Task<MerchantApp> OfflineAppAsync(HandledEvents events, Action<FinpayCallbackOptions>? callbacks = null) =>
        MerchantApp.StartAsync(null, events, callbacks: o =>
        {
            o.ConfirmWithCheckStatus = false;
            callbacks?.Invoke(o);
        }, services: s => s.Configure<Finpay.Generated.Configuration.FinpayOptions>(o =>
        {
            o.MerchantId = "FINPAY770";
            o.MerchantKey = Key;
        }));

    private static string SignedCallback(string orderId = "ORDER-1") => new FinpayCallbackSigner(Key).Sign(new Callback
    {
        Order = new OrderSummary { Id = orderId, Reference = "FP-1", Amount = 1000, Currency = "IDR" },
        Card = new CardDetails { Mask = "481111******1114", Token = SandboxPayments.StoredCardToken },
        Result = new Result { Payment = new PaymentResult { Status = "PAID", Reference = "FP-1", DateTime = "2026-11-29 10:00:00" } },
    });

    [Fact]
    public async Task A_body_over_the_limit_is_answered_413_unread_and_logged()
    {
        var events = new HandledEvents();
        await using var app = await OfflineAppAsync(events, o => o.MaxBodyBytes = 4096);

        var (status, _) = await app.PostAsync("{\"order\":{\"id\":\"" + new string('x', 5000) + "\"}}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(0, events.Calls);
        var line = Assert.Single(app.CallbackLog);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains("refused with 413 (BodyTooLarge)", line.Message, StringComparison.Ordinal);
        Assert.Contains("more than the 4096-byte limit", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_limit_sent_without_a_length_is_cut_off_at_the_limit()
    {
        var events = new HandledEvents();
        await using var app = await OfflineAppAsync(events, o => o.MaxBodyBytes = 4096);
        using var http = new HttpClient();
        // A stream of unknown length goes out chunked: no Content-Length to refuse it by.
        using var content = new StreamContent(new NonSeekable(Encoding.UTF8.GetBytes("{\"order\":\"" + new string('x', 100_000) + "\"}")));

        using var response = await http.PostAsync(app.CallbackUrl, content);

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("the body is larger than 4096 bytes", Assert.Single(app.CallbackLog).Message, StringComparison.Ordinal);
        Assert.Equal(0, events.Calls);
    }

    [Theory]
    [InlineData("{\"order\":", "InvalidJson", "the body is not valid JSON")]
    [InlineData("", "MissingBody", "the callback has no body")]
    public async Task A_body_that_is_not_a_JSON_callback_is_answered_400_with_the_reason_logged(string body, string failure, string reason)
    {
        var events = new HandledEvents();
        await using var app = await OfflineAppAsync(events);

        var (status, _) = await app.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var line = Assert.Single(app.CallbackLog);
        Assert.Contains($"refused with 400 ({failure}): {reason}", line.Message, StringComparison.Ordinal);
        Assert.Equal(0, events.Calls);
    }

    [Fact]
    public async Task A_signed_body_that_does_not_fit_the_callback_model_is_answered_400_with_the_reason_logged()
    {
        var events = new HandledEvents();
        await using var app = await OfflineAppAsync(events);
        var body = new FinpayCallbackSigner(Key).SignBody("{\"order\":{\"id\":\"ORDER-1\",\"amount\":\"a thousand\"}}");

        var (status, _) = await app.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("refused with 400 (UnreadablePayload): the signature matches but the body does not fit the callback model", Assert.Single(app.CallbackLog).Message, StringComparison.Ordinal);
        Assert.Equal(0, events.Calls);
    }

    [Fact]
    public async Task A_signed_callback_without_an_order_id_is_answered_422_because_it_cannot_be_told_apart()
    {
        var events = new HandledEvents();
        await using var app = await OfflineAppAsync(events);
        var body = new FinpayCallbackSigner(Key).Sign(new Callback { Result = new Result { Payment = new PaymentResult { Status = "PAID" } } });

        var (status, _) = await app.PostAsync(body);

        Assert.Equal((HttpStatusCode)422, status);
        Assert.Contains("the callback names no order.id", Assert.Single(app.CallbackLog).Message, StringComparison.Ordinal);
        Assert.Equal(0, events.Calls);
    }

    [Fact]
    public async Task A_callback_without_a_signature_is_answered_401_and_never_handed_on()
    {
        var events = new HandledEvents();
        await using var app = await OfflineAppAsync(events);
        var unsigned = SignedCallback();
        unsigned = unsigned[..unsigned.IndexOf(",\"signature\"", StringComparison.Ordinal)] + "}";

        var (status, _) = await app.PostAsync(unsigned);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("refused with 401 (MissingSignature): the body has no \"signature\" member", Assert.Single(app.CallbackLog).Message, StringComparison.Ordinal);
        Assert.Equal(0, events.Calls);
        AssertNoSecrets(app);
    }

    [Fact]
    public async Task A_callback_signed_with_another_key_is_answered_401_and_the_log_shows_neither_key_nor_signature()
    {
        var events = new HandledEvents();
        await using var app = await OfflineAppAsync(events);
        var forged = new FinpayCallbackSigner("NotTheMerchantsKey").SignBody(SignedCallback());
        var signature = forged[(forged.IndexOf("\"signature\":\"", StringComparison.Ordinal) + 13)..^2];

        var (status, body) = await app.PostAsync(forged);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("{\"responseCode\":\"4010000\",\"responseMessage\":\"Invalid signature\"}", body);
        var line = Assert.Single(app.CallbackLog);
        Assert.Contains("(SignatureMismatch): the signature does not match the body", line.Message, StringComparison.Ordinal);
        Assert.Equal(0, events.Calls);
        AssertNoSecrets(app, "NotTheMerchantsKey", signature);
    }

    [Fact]
    public async Task A_callback_altered_after_signing_is_answered_401()
    {
        var events = new HandledEvents();
        await using var app = await OfflineAppAsync(events);
        var altered = SignedCallback().Replace("\"amount\":1000", "\"amount\":1", StringComparison.Ordinal);

        var (status, _) = await app.PostAsync(altered);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(0, events.Calls);
    }

    [Fact]
    public async Task An_endpoint_for_an_unknown_merchant_answers_500_so_Finpay_retries_and_names_the_merchant_in_the_log()
    {
        var events = new HandledEvents();
        await using var app = await MerchantApp.StartAsync(null, events, map: e => e.MapFinpayCallbacks("/finpay/x", "tenant-x"));

        var (status, _) = await app.PostAsync(SignedCallback(), "/finpay/x");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        var line = Assert.Single(app.CallbackLog);
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.Contains("no merchant key is configured for the merchant name 'tenant-x'", line.Message, StringComparison.Ordinal);
        Assert.Equal(0, events.Calls);
    }

    [Fact]
    public async Task A_handler_that_throws_gets_a_500_and_the_sandbox_retry_is_handled_so_nothing_is_lost()
    {
        await using var sandbox = await SandboxPayments.StartSandboxAsync();
        var events = new HandledEvents { Behaviour = (_, call) => call == 1 ? throw new InvalidOperationException("the order table is locked") : Task.CompletedTask };
        await using var app = await MerchantApp.StartAsync(sandbox, events);

        var orderId = await SandboxPayments.PayOneClickAsync(sandbox, app.CallbackUrl);
        await events.WaitForHandledAsync();

        var deliveries = await DeliveriesUntilDeliveredAsync(sandbox, orderId);
        Assert.Equal(new int?[] { 500, 200 }, deliveries.Select(d => d.StatusCode));
        Assert.Equal(2, events.Calls);
        Assert.Single(events.Handled);
        var failed = Assert.Single(app.CallbackLog, r => r.Level == LogLevel.Error);
        Assert.Contains($"the handler threw InvalidOperationException, the claim was released and Finpay will retry: order {orderId} PAID", failed.Message, StringComparison.Ordinal);
        AssertNoSecrets(app, sandbox.MerchantKey);
    }

    [Fact]
    public async Task With_Redis_down_the_endpoint_answers_503_runs_no_handler_and_handles_the_retry_once_Redis_is_back()
    {
        var port = RedisServer.FreePort();
        var options = new Action<Finpay.Sandbox.SandboxOptions>(o =>
        {
            o.CallbackRetryDelays.Clear();
            foreach (var ms in new[] { 0, 300, 600, 1200, 2400, 4800, 9600 }) o.CallbackRetryDelays.Add(TimeSpan.FromMilliseconds(ms));
        });
        await using var sandbox = await SandboxPayments.StartSandboxAsync(options);
        var events = new HandledEvents();
        const string password = "RedisPassword-7f3a";
        await using var app = await MerchantApp.StartAsync(sandbox, events, redis: $"127.0.0.1:{port},password={password}");

        var orderId = await SandboxPayments.PayOneClickAsync(sandbox, app.CallbackUrl);
        await Eventually.TrueAsync(() => sandbox.CallbackDeliveries.Count(d => d.OrderId == orderId) >= 2, "two refused deliveries");
        Assert.Equal(0, events.Calls);
        Assert.All(sandbox.CallbackDeliveries.Where(d => d.OrderId == orderId), d => Assert.Equal(503, d.StatusCode));
        var down = app.CallbackLog.First(r => r.Level == LogLevel.Error);
        Assert.Contains("answered 503: the claim store failed (RedisConnectionException", down.Message, StringComparison.Ordinal);
        Assert.Contains($"the handler did not run and Finpay will retry: order {orderId} PAID", down.Message, StringComparison.Ordinal);

        await using var redis = await RedisServer.StartAsync(port, password);
        await events.WaitForHandledAsync();

        var deliveries = await DeliveriesUntilDeliveredAsync(sandbox, orderId);
        Assert.Equal(200, deliveries[^1].StatusCode);
        Assert.Equal(1, events.Calls);
        AssertNoSecrets(app, sandbox.MerchantKey, password);
    }

    internal static async Task<System.Collections.Generic.List<Finpay.Sandbox.Callbacks.CallbackDelivery>> DeliveriesUntilDeliveredAsync(Finpay.Sandbox.SandboxHost sandbox, string orderId)
    {
        await Eventually.TrueAsync(() => sandbox.CallbackDeliveries.Any(d => d.OrderId == orderId && d.Delivered), "a delivered callback");
        return sandbox.CallbackDeliveries.Where(d => d.OrderId == orderId).OrderBy(d => d.Attempt).ToList();
    }

    /// <summary>No log line of the app (the endpoint's or the SDK's) holds the merchant key, the card token or a signature.</summary>
    internal static void AssertNoSecrets(MerchantApp app, params string[] more)
    {
        var secrets = more.Append(Key).Append(SandboxPayments.StoredCardToken).ToArray();
        foreach (var record in app.Logs.GetSnapshot())
        {
            var text = record.Message + " " + record.Exception + " " + string.Join(" ", record.StructuredState?.Select(p => p.Value) ?? Enumerable.Empty<string?>());
            foreach (var secret in secrets) Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotMatch("[0-9a-f]{128}", text);
        }
    }

    /// <summary>A body whose length HttpClient cannot know, so it is sent chunked.</summary>
    private sealed class NonSeekable : MemoryStream
    {
        public NonSeekable(byte[] bytes) : base(bytes) { }

        public override bool CanSeek => false;
    }
}
