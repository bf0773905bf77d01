using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.AspNetCore.Tests.Infrastructure;
using Finpay.Generated.Callbacks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Finpay.Testing.Fixtures;
using Xunit;

namespace Finpay.Generated.AspNetCore.Tests;

/// <summary>What the handler is told when Finpay has moved on since a callback was sent, and what Finpay is answered.</summary>
public class OutcomeTests
{
    [Fact]
    public async Task A_PAID_callback_with_another_reference_replayed_after_a_refund_reaches_the_handler_as_REFUNDED()
    {
        await using var sandbox = await SandboxPayments.StartSandboxAsync();
        var events = new HandledEvents();
        await using var app = await MerchantApp.StartAsync(sandbox, events);
        var orderId = await SandboxPayments.PayOneClickAsync(sandbox, app.CallbackUrl);
        await events.WaitForHandledAsync();
        var paid = (await Eventually.SingleAsync(() => sandbox.CallbackDeliveries.Where(d => d.OrderId == orderId).ToList())).Body;
        await SandboxPayments.Client(sandbox).RefundAsync(new RefundRequest { Order = new RefundOrder { Id = orderId, Amount = 1000 } });
        var reference = Assert.Single(events.Handled.Select(e => e.Callback.Result!.Payment!.Reference).Distinct());
        // A genuine-looking PAID for the same order under a payment reference check status does not report.
        var replay = new FinpayCallbackSigner(sandbox.MerchantKey).SignBody(paid.Replace(reference!, reference + "-OTHER", StringComparison.Ordinal));

        var (status, _) = await app.PostAsync(replay);

        Assert.Equal(HttpStatusCode.OK, status);
        var handled = events.Handled[^1];
        Assert.Equal("PAID", handled.Callback.Result!.Payment!.Status);
        Assert.Equal(Values.PaymentStatus.Refunded, handled.Status);
        Assert.True(handled.FinpayHasMovedOn);
        Assert.Equal(reference, handled.PaymentReference);
    }

    [Fact]
    public async Task A_genuine_callback_overtaken_by_a_refund_is_answered_200_and_handed_on_with_Finpays_current_status()
    {
        // One delivery attempt only, so the test alone re-sends the body.
        await using var sandbox = await SandboxPayments.StartSandboxAsync(o =>
        {
            o.CallbackRetryDelays.Clear();
            o.CallbackRetryDelays.Add(TimeSpan.Zero);
        });
        var events = new HandledEvents { Behaviour = (_, call) => call == 1 ? throw new TimeoutException("the database did not answer") : Task.CompletedTask };
        await using var app = await MerchantApp.StartAsync(sandbox, events);
        var orderId = await SandboxPayments.PayOneClickAsync(sandbox, app.CallbackUrl);
        var paid = await Eventually.SingleAsync(() => sandbox.CallbackDeliveries.Where(d => d.OrderId == orderId).ToList());
        Assert.Equal(500, paid.StatusCode);
        await SandboxPayments.Client(sandbox).RefundAsync(new RefundRequest { Order = new RefundOrder { Id = orderId, Amount = 400 } });

        var (status, _) = await app.PostAsync(paid.Body);

        Assert.Equal(HttpStatusCode.OK, status);
        await events.WaitForHandledAsync();
        var handled = Assert.Single(events.Handled, e => e.Callback.Result!.Payment!.Status == "PAID");
        Assert.Equal(Values.PaymentStatus.PartiallyRefunded, handled.Status);
        Assert.True(handled.FinpayHasMovedOn);
        Assert.Equal(2, events.Calls);
    }

    [Fact]
    public async Task The_handler_is_told_the_merchant_name_empty_for_the_default_client()
    {
        await using var sandbox = await SandboxPayments.StartSandboxAsync();
        var events = new HandledEvents();
        await using var app = await MerchantApp.StartAsync(sandbox, events);

        await SandboxPayments.PayOneClickAsync(sandbox, app.CallbackUrl);
        await events.WaitForHandledAsync();

        var handled = Assert.Single(events.Handled);
        Assert.Equal("", handled.MerchantName);
        Assert.Equal(Values.PaymentStatus.Paid, handled.Status);
        Assert.False(handled.FinpayHasMovedOn);
        Assert.True(handled.IsConfirmed);
    }

    [Fact]
    public async Task A_redelivery_while_a_handler_outlasts_ClaimTimeout_gets_409_because_the_claim_is_renewed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-29T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var events = new HandledEvents
        {
            Behaviour = async (_, call) =>
            {
                entered.TrySetResult();
                if (call == 1) await finish.Task;
            },
        };
        await using var app = await MerchantApp.StartAsync(null, events,
            callbacks: o =>
            {
                o.ConfirmWithCheckStatus = false;
                o.ClaimTimeout = TimeSpan.FromMinutes(1);
            },
            services: s =>
            {
                s.AddSingleton<TimeProvider>(time);
                s.Configure<Finpay.Generated.Configuration.FinpayOptions>(o => o.MerchantKey = "SoSecret123");
            });
        var body = new FinpayCallbackSigner("SoSecret123").Sign(new Callback
        {
            Order = new OrderSummary { Id = "SLOW-1", Amount = 1000 },
            Result = new Result { Payment = new PaymentResult { Status = "PAID", Reference = "FP-9", DateTime = "2026-11-29 10:00:00" } },
        });
        var first = app.PostAsync(body);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Five minutes pass in steps shorter than the renewal interval, each step's renewal seen done before the next.
        for (var step = 1; step <= 15; step++)
        {
            var renewed = Renewals(app);
            time.Advance(TimeSpan.FromSeconds(20));
            await Eventually.TrueAsync(() => Renewals(app) > renewed, "the claim's renewal");
        }

        var again = await app.PostAsync(body);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(1, events.Calls);

        finish.SetResult();
        Assert.Equal(HttpStatusCode.OK, (await first).Status);
        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(body)).Status);
        Assert.Equal(1, events.Calls);
    }

    [Fact]
    public async Task The_sandbox_re_delivering_an_old_PAID_after_a_refund_in_eight_concurrent_copies_runs_the_handler_once_as_REFUNDED()
    {
        await using var sandbox = await SandboxPayments.StartSandboxAsync(o =>
        {
            o.CallbackRetryDelays.Clear();
            o.CallbackRetryDelays.Add(TimeSpan.Zero);
        });
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var events = new HandledEvents
        {
            Behaviour = async (_, call) =>
            {
                if (call == 1) throw new TimeoutException("the database did not answer");
                await release.Task;
            },
        };
        await using var app = await MerchantApp.StartAsync(sandbox, events);
        var orderId = await SandboxPayments.PayOneClickAsync(sandbox, app.CallbackUrl);
        Assert.Equal(500, (await Eventually.SingleAsync(() => sandbox.CallbackDeliveries.Where(d => d.OrderId == orderId).ToList())).StatusCode);
        await SandboxPayments.Client(sandbox).RefundAsync(new RefundRequest { Order = new RefundOrder { Id = orderId, Amount = 1000 } });

        sandbox.RedeliverCallback(orderId, copies: 8, status: "PAID");
        // Seven copies are refused while the eighth is being handled; then it finishes.
        await Eventually.TrueAsync(() => sandbox.CallbackDeliveries.Count(d => d.OrderId == orderId && d.StatusCode == 409) == 7, "seven copies refused with 409");
        release.SetResult();
        await events.WaitForHandledAsync();
        await Eventually.TrueAsync(() => sandbox.CallbackDeliveries.Count(d => d.OrderId == orderId) == 9, "all copies answered");

        Assert.Equal(2, events.Calls);
        var handled = Assert.Single(events.Handled);
        Assert.Equal("PAID", handled.Callback.Result!.Payment!.Status);
        Assert.Equal(Values.PaymentStatus.Refunded, handled.Status);
        Assert.Equal(1, sandbox.CallbackDeliveries.Count(d => d.OrderId == orderId && d.StatusCode == 200));
    }

    [Fact]
    public async Task When_check_status_is_unavailable_the_answer_is_503_with_Retry_After_and_the_handler_does_not_run()
    {
        await using var sandbox = await SandboxPayments.StartSandboxAsync(o => o.CallbackRetryDelays.Clear());
        var events = new HandledEvents();
        await using var app = await MerchantApp.StartAsync(sandbox, events);
        var orderId = await SandboxPayments.PayOneClickAsync(sandbox, app.CallbackUrl);
        sandbox.Faults.Add(new Finpay.Sandbox.Faults.FaultRule { Operation = "checkStatus", Kind = Finpay.Sandbox.Faults.FaultKind.ServerError, StatusCode = 502 });
        var body = new FinpayCallbackSigner(sandbox.MerchantKey).Sign(new Callback
        {
            Order = new OrderSummary { Id = orderId, Amount = 1000 },
            Result = new Result { Payment = new PaymentResult { Status = "PAID", Reference = "FP-1", DateTime = "2026-11-29 10:00:00" } },
        });

        using var http = new System.Net.Http.HttpClient();
        using var response = await http.PostAsync(app.CallbackUrl, new System.Net.Http.StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal(0, events.Calls);
    }

    private static int Renewals(MerchantApp app) => app.CallbackLog.Count(r => r.Message.Contains("claim renewed", StringComparison.Ordinal));
}
