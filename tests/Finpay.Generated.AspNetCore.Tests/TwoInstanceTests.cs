using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Finpay.Generated.AspNetCore.Redis;
using Finpay.Generated.AspNetCore.Tests.Infrastructure;
using Finpay.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.AspNetCore.Tests;

/// <summary>
/// Two app instances on real Kestrel behind a round-robin balancer, sharing one real redis-server, fed by the sandbox's
/// callback retries and by replays of the body it sent: the handler runs exactly once.
/// </summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task A_retry_reaching_the_other_instance_while_the_first_still_handles_gets_409_and_the_event_runs_once()
    {
        // Finpay gives up on a slow answer and retries; the balancer sends the retry to the other instance.
        await using var sandbox = await SandboxPayments.StartSandboxAsync(o => o.CallbackTimeout = TimeSpan.FromMilliseconds(700));
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
        await using var a = await MerchantApp.StartAsync(sandbox, events, _redis.Configuration);
        await using var b = await MerchantApp.StartAsync(sandbox, events, _redis.Configuration);
        await using var balancer = await RoundRobinBalancer.StartAsync(a.Root, b.Root);

        var orderId = await SandboxPayments.PayOneClickAsync(sandbox, balancer.Url);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(() => sandbox.CallbackDeliveries.Count(d => d.OrderId == orderId && d.StatusCode == 409) >= 2, "two retries refused with 409");
        // While the first instance still handles, replays of the same body to both instances are refused too.
        var body = balancer.Received[0];
        var replays = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? a : b).PostAsync(body)));
        Assert.All(replays, r => Assert.Equal(HttpStatusCode.Conflict, r.Status));
        Assert.Equal(1, events.Calls);

        finish.SetResult();
        await events.WaitForHandledAsync();
        var deliveries = await BadInputTests.DeliveriesUntilDeliveredAsync(sandbox, orderId);

        Assert.Equal(200, deliveries[^1].StatusCode);
        Assert.Equal("timed out", deliveries[0].Error);
        Assert.Contains(deliveries, d => d.StatusCode == 409);
        Assert.Equal(1, events.Calls);
        Assert.Single(events.Handled);
        Assert.Contains(a.CallbackLog.Concat(b.CallbackLog), r => r.Level == LogLevel.Information &&
            r.Message.Contains($"answered 409: another request is handling the same event and may still fail, Finpay will retry: order {orderId} PAID", StringComparison.Ordinal));
        var later = await Task.WhenAll(a.PostAsync(body), b.PostAsync(body));
        Assert.All(later, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(1, events.Calls);
        BadInputTests.AssertNoSecrets(a, sandbox.MerchantKey);
        BadInputTests.AssertNoSecrets(b, sandbox.MerchantKey);
    }

    [Fact]
    public async Task The_same_body_arriving_at_both_instances_at_the_same_moment_runs_the_handler_once()
    {
        await using var sandbox = await SandboxPayments.StartSandboxAsync();
        // The handler holds its claim until every other copy has been answered: the race is certain, not a matter of timing.
        var handling = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var events = new HandledEvents
        {
            Behaviour = async (_, _) =>
            {
                handling.TrySetResult();
                await release.Task;
            },
        };
        await using var a = await MerchantApp.StartAsync(sandbox, events, _redis.Configuration);
        await using var b = await MerchantApp.StartAsync(sandbox, events, _redis.Configuration);
        await using var balancer = await RoundRobinBalancer.StartAsync(a.Root, b.Root);
        balancer.Unreachable = true;
        var orderId = await SandboxPayments.PayOneClickAsync(sandbox, balancer.Url);
        await Eventually.TrueAsync(() => balancer.Received.Count > 0, "the sandbox's first callback");
        var body = balancer.Received[0];

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = Enumerable.Range(0, 16).Select(async i =>
        {
            await start.Task;
            return await (i % 2 == 0 ? a : b).PostAsync(body);
        }).ToList();
        start.SetResult();
        await Eventually.CompletesAsync(handling.Task, "one copy to reach the handler");
        await Eventually.TrueAsync(() => racing.Count(t => t.IsCompleted) == racing.Count - 1, "every other copy to be answered while the claim is held");
        release.SetResult();
        var answers = await Task.WhenAll(racing);

        Assert.Equal(1, events.Calls);
        Assert.Equal(1, answers.Count(r => r.Status == HttpStatusCode.OK));
        Assert.Equal(racing.Count - 1, answers.Count(r => r.Status == HttpStatusCode.Conflict));
        // Finpay's own retries, now reaching the instances, and every refused copy sent again: all 200, still one run.
        balancer.Unreachable = false;
        await BadInputTests.DeliveriesUntilDeliveredAsync(sandbox, orderId);
        var again = await Task.WhenAll(answers.Where(r => r.Status == HttpStatusCode.Conflict).Select((_, i) => (i % 2 == 0 ? b : a).PostAsync(body)));
        Assert.All(again, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(1, events.Calls);
        Assert.Equal(orderId, Assert.Single(events.Handled).Callback.Order!.Id);
    }

    [Fact]
    public async Task A_handler_failing_on_one_instance_releases_the_claim_and_the_sandbox_retry_runs_it_on_the_other()
    {
        await using var sandbox = await SandboxPayments.StartSandboxAsync();
        var events = new HandledEvents { Behaviour = (_, call) => call == 1 ? throw new TimeoutException("the database did not answer") : Task.CompletedTask };
        await using var a = await MerchantApp.StartAsync(sandbox, events, _redis.Configuration);
        await using var b = await MerchantApp.StartAsync(sandbox, events, _redis.Configuration);
        await using var balancer = await RoundRobinBalancer.StartAsync(a.Root, b.Root);

        var orderId = await SandboxPayments.PayOneClickAsync(sandbox, balancer.Url);
        await events.WaitForHandledAsync();
        var deliveries = await BadInputTests.DeliveriesUntilDeliveredAsync(sandbox, orderId);

        Assert.Equal(new int?[] { 500, 200 }, deliveries.Select(d => d.StatusCode));
        Assert.Equal(new[] { a.Root, b.Root }, balancer.Forwarded.Select(f => f.Backend));
        Assert.Single(events.Handled);
        Assert.Contains(a.CallbackLog, r => r.Level == LogLevel.Error && r.Message.Contains("the handler threw TimeoutException", StringComparison.Ordinal));
        Assert.Contains(b.CallbackLog, r => r.Message.Contains($"handled (signed over PhpDefault): order {orderId} PAID", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_handler_slower_than_ClaimTimeout_keeps_its_claim_in_Redis_and_when_its_instance_dies_the_claim_lapses()
    {
        const string Key = "SoSecret123";
        const string Prefix = "dies:";
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
        void Callbacks(FinpayCallbackOptions o)
        {
            o.ConfirmWithCheckStatus = false;
            o.ClaimTimeout = TimeSpan.FromMilliseconds(1500);
        }

        await using var observer = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(_redis.Configuration);
        var dyingConnection = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(_redis.Configuration);
        await using var a = await MerchantApp.StartAsync(null, events, callbacks: Callbacks, services: s =>
        {
            s.Configure<Finpay.Generated.Configuration.FinpayOptions>(o => o.MerchantKey = Key);
            s.AddFinpayRedisCallbackClaims(_ => dyingConnection, Prefix);
        });
        await using var b = await MerchantApp.StartAsync(null, events, callbacks: Callbacks, services: s =>
        {
            s.Configure<Finpay.Generated.Configuration.FinpayOptions>(o => o.MerchantKey = Key);
            s.AddFinpayRedisCallbackClaims(o =>
            {
                o.Configuration = _redis.Configuration;
                o.KeyPrefix = Prefix;
            });
        });
        var body = new Finpay.Generated.Callbacks.FinpayCallbackSigner(Key).Sign(new Callback
        {
            Order = new OrderSummary { Id = "SLOW-REDIS-1", Amount = 1000 },
            Result = new Result { Payment = new PaymentResult { Status = "PAID", Reference = "FP-7", DateTime = "2026-11-29 10:00:00" } },
        });

        var first = a.PostAsync(body);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // Four renewals, a third of the timeout apart: the claim has outlived its first ClaimTimeout.
        await Eventually.TrueAsync(() => a.CallbackLog.Count(r => r.Message.Contains("claim renewed", StringComparison.Ordinal)) >= 4, "four renewals of the claim");

        Assert.Equal(HttpStatusCode.Conflict, (await b.PostAsync(body)).Status);
        Assert.Equal(1, events.Calls);

        // Instance A dies mid-handler: its connection goes, nothing renews its claim, and the claim lapses.
        await dyingConnection.DisposeAsync();
        var server = observer.GetServer(observer.GetEndPoints()[0]);
        await Eventually.TrueAsync(() => !server.Keys(pattern: Prefix + "*").Any(), "the dead instance's claim to lapse");

        Assert.Equal(HttpStatusCode.OK, (await b.PostAsync(body)).Status);
        Assert.Equal(2, events.Calls);
        Assert.Equal(HttpStatusCode.OK, (await b.PostAsync(body)).Status);
        Assert.Equal(2, events.Calls);
        finish.SetResult();
        await first;
    }
}
