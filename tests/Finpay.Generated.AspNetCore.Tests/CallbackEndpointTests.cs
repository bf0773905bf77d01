using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Finpay.Generated.AspNetCore.Tests.Infrastructure;
using Finpay.Generated.Callbacks;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.AspNetCore.Tests;

/// <summary>The endpoint against the sandbox's real signed callbacks, one app instance, claims in memory.</summary>
public class CallbackEndpointTests
{
    private const string Success = "{\"responseCode\":\"2000000\",\"responseMessage\":\"Success\"}";

    [Fact]
    public async Task A_sandbox_callback_is_verified_confirmed_handled_and_answered_with_the_success_envelope()
    {
        await using var sandbox = await SandboxPayments.StartSandboxAsync();
        var events = new HandledEvents();
        await using var app = await MerchantApp.StartAsync(sandbox, events);

        var orderId = await SandboxPayments.PayOneClickAsync(sandbox, app.CallbackUrl);
        await events.WaitForHandledAsync();

        var handled = Assert.Single(events.Handled);
        Assert.Equal(orderId, handled.Callback.Order!.Id);
        Assert.Equal("PAID", handled.Callback.Result!.Payment!.Status);
        var delivery = await Eventually.SingleAsync(() => sandbox.CallbackDeliveries.Where(d => d.OrderId == orderId).ToList());
        Assert.True(delivery.Delivered);
        Assert.Equal(200, delivery.StatusCode);
        Assert.Contains(app.CallbackLog, r => r.Message.Contains($"handled (signed over PhpDefault): order {orderId} PAID", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_replayed_body_is_answered_200_with_the_envelope_without_running_the_handler_again()
    {
        await using var sandbox = await SandboxPayments.StartSandboxAsync();
        var events = new HandledEvents();
        await using var app = await MerchantApp.StartAsync(sandbox, events);
        var orderId = await SandboxPayments.PayOneClickAsync(sandbox, app.CallbackUrl);
        await events.WaitForHandledAsync();
        var body = (await Eventually.SingleAsync(() => sandbox.CallbackDeliveries.Where(d => d.OrderId == orderId).ToList())).Body;

        var (status, answer) = await app.PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Success, answer);
        Assert.Equal(1, events.Calls);
        Assert.Contains(app.CallbackLog, r => r.Message.Contains("was handled before", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_recurring_charge_of_one_order_is_its_own_event_and_is_handled()
    {
        var june14 = new DateTimeOffset(2023, 6, 14, 10, 0, 0, TimeSpan.FromHours(7));
        await using var sandbox = await SandboxPayments.StartSandboxAsync(o => o.ClockStart = june14);
        var events = new HandledEvents();
        await using var app = await MerchantApp.StartAsync(sandbox, events);
        await SandboxPayments.SubscribeAsync(sandbox, app.CallbackUrl, "SUB-" + Guid.NewGuid().ToString("N")[..12]);
        await events.WaitForHandledAsync();

        var charges = sandbox.AdvanceClock(TimeSpan.FromDays(400));
        await events.WaitForHandledAsync(charges.Count);

        Assert.Equal(2, charges.Count);
        Assert.Equal(3, events.Handled.Count);
        Assert.Single(events.Handled.Select(e => e.Callback.Order!.Id).Distinct());
        Assert.Equal(3, events.Handled.Select(e => e.Callback.Result!.Payment!.Reference).Distinct().Count());
        Assert.Equal(3, events.Calls);
    }

    [Fact]
    public async Task A_signed_callback_whose_status_Finpay_does_not_confirm_is_answered_200_and_handed_on_with_Finpays_status()
    {
        await using var sandbox = await SandboxPayments.StartSandboxAsync();
        var events = new HandledEvents();
        await using var app = await MerchantApp.StartAsync(sandbox, events);
        var orderId = await SandboxPayments.PayOneClickAsync(sandbox, app.CallbackUrl);
        await events.WaitForHandledAsync();
        var paid = (await Eventually.SingleAsync(() => sandbox.CallbackDeliveries.Where(d => d.OrderId == orderId).ToList())).Body;
        // The same order's own payment, reported REFUNDED although Finpay still has it PAID: correctly signed, not true.
        var forged = new FinpayCallbackSigner(sandbox.MerchantKey).SignBody(paid.Replace("\"status\":\"PAID\"", "\"status\":\"REFUNDED\"", StringComparison.Ordinal));

        var (status, _) = await app.PostAsync(forged);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, events.Calls);
        var handled = events.Handled[^1];
        Assert.Equal("REFUNDED", handled.Callback.Result!.Payment!.Status);
        Assert.Equal(Values.PaymentStatus.Paid, handled.Status);
        Assert.True(handled.FinpayHasMovedOn);
        Assert.Contains(app.CallbackLog, r => r.Message.Contains("is overtaken: Finpay's status check now says PAID", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_signed_callback_for_an_order_Finpay_does_not_know_is_answered_422()
    {
        await using var sandbox = await SandboxPayments.StartSandboxAsync();
        var events = new HandledEvents();
        await using var app = await MerchantApp.StartAsync(sandbox, events);
        var body = new FinpayCallbackSigner(sandbox.MerchantKey).Sign(new Callback
        {
            Order = new OrderSummary { Id = "NEVER-INITIATED-1", Reference = "FP-1", Amount = 1000, Currency = "IDR" },
            Result = new Result { Payment = new PaymentResult { Status = "PAID", Reference = "FP-1", DateTime = "2026-11-29 10:00:00" } },
        });

        var (status, _) = await app.PostAsync(body);

        Assert.Equal((HttpStatusCode)422, status);
        Assert.Equal(0, events.Calls);
        Assert.Contains(app.CallbackLog, r => r.Message.Contains("Finpay does not know order NEVER-INITIATED-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_status_check_fails_the_callback_gets_503_and_the_sandbox_retry_is_confirmed_and_handled()
    {
        await using var sandbox = await SandboxPayments.StartSandboxAsync();
        sandbox.Faults.Add(new Finpay.Sandbox.Faults.FaultRule { Operation = "checkStatus", Kind = Finpay.Sandbox.Faults.FaultKind.ServerError, StatusCode = 503, Times = 1 });
        var events = new HandledEvents();
        await using var app = await MerchantApp.StartAsync(sandbox, events);

        var orderId = await SandboxPayments.PayOneClickAsync(sandbox, app.CallbackUrl);
        await events.WaitForHandledAsync();

        var deliveries = await BadInputTests.DeliveriesUntilDeliveredAsync(sandbox, orderId);
        Assert.Equal(new int?[] { 503, 200 }, deliveries.Select(d => d.StatusCode));
        Assert.Equal(1, events.Calls);
        var line = Assert.Single(app.CallbackLog, r => r.Message.Contains("not confirmed", StringComparison.Ordinal));
        Assert.Contains($"answered 503: not confirmed by Finpay's status check (the status check failed: FinpayApiException", line.Message, StringComparison.Ordinal);
        Assert.Contains($"the handler did not run: order {orderId} PAID", line.Message, StringComparison.Ordinal);
        BadInputTests.AssertNoSecrets(app, sandbox.MerchantKey);
    }

    [Fact]
    public async Task With_confirmation_off_a_signed_callback_is_handled_without_asking_Finpay()
    {
        var events = new HandledEvents();
        await using var app = await MerchantApp.StartAsync(null, events, callbacks: o => o.ConfirmWithCheckStatus = false,
            services: s => s.Configure<Finpay.Generated.Configuration.FinpayOptions>(o => o.MerchantKey = "SoSecret123"));
        var body = new FinpayCallbackSigner("SoSecret123").Sign(new Callback
        {
            Order = new OrderSummary { Id = "OFFLINE-1" },
            Result = new Result { Payment = new PaymentResult { Status = "PAID", Reference = "FP-9", DateTime = "2026-11-29 10:00:00" } },
        });

        var (status, answer) = await app.PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Success, answer);
        var handled = Assert.Single(events.Handled);
        Assert.Equal("OFFLINE-1", handled.Callback.Order!.Id);
        Assert.Equal(Values.PaymentStatus.Paid, handled.Status);
        Assert.False(handled.IsConfirmed);
    }
}
