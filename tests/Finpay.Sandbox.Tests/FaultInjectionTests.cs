using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Generated.Errors;
using Finpay.Sandbox.Faults;
using Finpay.Testing.Fixtures;
using Xunit;

namespace Finpay.Sandbox.Tests;

public class FaultInjectionTests
{
    [Fact]
    public async Task A_server_error_answers_503_with_the_envelope_and_nothing_happens()
    {
        await using var sandbox = await Sandbox.StartAsync();
        sandbox.Host.Faults.Add(new FaultRule { Operation = "initiate", Kind = FaultKind.ServerError });

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1")));
        var retried = await sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1"));

        Assert.Equal((503, "5030000"), (error.StatusCode, error.ResponseCode?.ToString()));
        Assert.Equal("2000000", retried.ResponseCode);
        Assert.Empty(sandbox.Host.Faults.Rules);
    }

    [Fact]
    public async Task A_malformed_body_comes_after_the_payment_took_effect()
    {
        await using var sandbox = await Sandbox.StartAsync();
        sandbox.Host.Faults.Add(new FaultRule { Operation = "checkStatus", Kind = FaultKind.MalformedBody });
        await sandbox.PaidOrderAsync("ORDER-1");
        var token = sandbox.Host.CallbackDeliveries.Count; // no callback URL: nothing sent
        Assert.Equal(0, token);

        await Assert.ThrowsAsync<FinpayApiException>(() => sandbox.Client.CheckStatusAsync("ORDER-1"));

        Assert.Equal("PAID", (await sandbox.Client.CheckStatusAsync("ORDER-1")).Data.Result!.Payment!.Status);
    }

    [Fact]
    public async Task A_dropped_connection_after_processing_leaves_the_order_made_but_unanswered()
    {
        await using var sandbox = await Sandbox.StartAsync();
        sandbox.Host.Faults.Add(new FaultRule { Operation = "initiate", Kind = FaultKind.DropConnection, AfterProcessing = true });

        await Assert.ThrowsAsync<FinpayConnectionException>(() => sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1")));

        Assert.Equal("INITIATED", (await sandbox.Client.CheckStatusAsync("ORDER-1")).Data.Result!.Payment!.Status);
    }

    [Fact]
    public async Task A_dropped_connection_before_processing_leaves_nothing()
    {
        await using var sandbox = await Sandbox.StartAsync();
        sandbox.Host.Faults.Add(new FaultRule { Operation = "initiate", Kind = FaultKind.DropConnection });

        await Assert.ThrowsAsync<FinpayConnectionException>(() => sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1")));

        await Assert.ThrowsAsync<FinpayApiException>(() => sandbox.Client.CheckStatusAsync("ORDER-1"));
    }

    [Fact]
    public async Task A_delay_holds_the_answer_back_and_is_cut_short_by_the_callers_cancellation()
    {
        await using var sandbox = await Sandbox.StartAsync();
        sandbox.Host.Faults.Add(new FaultRule { Operation = "checkStatus", Kind = FaultKind.Delay, Delay = TimeSpan.FromMinutes(5) });
        await sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1"));
        using var cancel = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sandbox.Client.CheckStatusAsync("ORDER-1", cancel.Token));
    }

    [Fact]
    public async Task Rules_apply_only_to_their_operation_and_count_down()
    {
        await using var sandbox = await Sandbox.StartAsync();
        sandbox.Host.Faults.Add(new FaultRule { Operation = "pay", Kind = FaultKind.ServerError, Times = 2 });

        await sandbox.Client.InitiateAsync(Requests.Initiate("ORDER-1"));

        Assert.Equal(2, sandbox.Host.Faults.Rules.Single().Times);
    }

    [Fact]
    public async Task Faults_can_be_set_and_cleared_over_http()
    {
        await using var sandbox = await Sandbox.StartAsync();

        using var set = await sandbox.Http.PostAsync("_sandbox/faults",
            new StringContent("{\"operation\":\"checkStatus\",\"kind\":\"ServerError\",\"statusCode\":502,\"times\":null}", Encoding.UTF8, "application/json"));
        using var first = await sandbox.Http.SendAsync(ApiPaths.Request("checkStatus", "ORDER-1"));
        using var second = await sandbox.Http.SendAsync(ApiPaths.Request("checkStatus", "ORDER-1"));
        using var cleared = await sandbox.Http.DeleteAsync("_sandbox/faults");
        using var third = await sandbox.Http.SendAsync(ApiPaths.Request("checkStatus", "ORDER-1"));

        Assert.Equal(200, (int)set.StatusCode);
        Assert.Equal((502, 502, 404), ((int)first.StatusCode, (int)second.StatusCode, (int)third.StatusCode));
    }
}
