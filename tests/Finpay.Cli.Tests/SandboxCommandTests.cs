using System;
using System.IO;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Sandbox;
using Finpay.Sandbox.Tests;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Cli.Tests;

public class SandboxCommandTests
{
    [Fact]
    public async Task Sandbox_serves_the_card_api_until_cancelled_and_then_exits_0()
    {
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var io = new CliIO(new StringReader(""), TextWriter.Synchronized(output), TextWriter.Null, interactive: false);
        var running = FinpayCli.RunAsync(new[] { "sandbox", "--port", "0", "--merchant-id", "M1", "--merchant-key", "K1" }, io, stop.Token);

        Match listening = Match.Empty;
        await Eventually.TrueAsync(() =>
        {
            Assert.False(running.IsCompleted, "the sandbox stopped: " + output);
            return (listening = Regex.Match(output.ToString(), "listening on (http://127\\.0\\.0\\.1:\\d+/)")).Success;
        }, "the sandbox to say where it listens");

        using var http = new HttpClient { BaseAddress = new Uri(listening.Groups[1].Value) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String("M1:K1"u8.ToArray()));
        using var check = await http.SendAsync(ApiPaths.Request("checkStatus", "ORDER-1"));
        await stop.CancelAsync();

        Assert.Equal(404, (int)check.StatusCode);
        Assert.Contains("4040101", await check.Content.ReadAsStringAsync());
        Assert.Equal(0, await running);
        Assert.Contains("merchant M1", output.ToString());
        Assert.DoesNotContain("K1", output.ToString());
    }

    [Fact]
    public async Task Sigterm_stops_the_installed_tool_sandbox_gracefully_with_exit_0()
    {
        using var sandbox = await SandboxProcess.StartAsync("finpay.dll", "sandbox", "--port", "0", "--shutdown-timeout", "60");
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String("FINPAY770:SoSecret123"u8.ToArray()));
        using (var fault = await http.PostAsync("_sandbox/faults", new StringContent(
                   "{\"operation\":\"checkStatus\",\"kind\":\"Delay\",\"delay\":\"00:00:00.500\",\"times\":1}", System.Text.Encoding.UTF8, "application/json")))
            Assert.True(fault.IsSuccessStatusCode);

        // Half a second of work inside a shutdown window (60 s here) that no starved machine uses up.
        var inFlight = http.SendAsync(ApiPaths.Request("checkStatus", "ORDER-1"));
        // The sandbox takes its one-time fault when the request arrives: from then on the request is in flight.
        await Eventually.TrueAsync(async () => (await http.GetStringAsync("_sandbox/faults")).Trim() == "[]", "the check to reach the sandbox");
        sandbox.Terminate();

        using var answer = await inFlight;
        Assert.Equal(404, (int)answer.StatusCode);
        Assert.Contains("4040101", await answer.Content.ReadAsStringAsync());
        Assert.Equal(0, await sandbox.WaitForExitAsync());
    }

    [Fact]
    public async Task Sigterm_flushes_a_callback_waiting_for_its_retry_before_the_tool_exits()
    {
        await using var receiver = await CallbackReceiver.StartAsync(refuseFirst: 1);
        using var sandbox = await SandboxProcess.StartAsync("finpay.dll", "sandbox", "--port", "0", "--shutdown-timeout", "60");
        using var sdk = FinpayTestClient.Create(sandbox.BaseAddress, SandboxOptions.DefaultMerchantId, SandboxOptions.DefaultMerchantKey, options => options.MaxRetries = 0);
        var initiate = await sdk.Client.InitiateAsync(Requests.Initiate("ORDER-1", receiver.Url));
        await HostedPageCustomer.PayAsync(new Uri(initiate.RedirectUrl), "4811111111111114");
        await Eventually.TrueAsync(() => receiver.Requests == 1, "the first (refused) delivery");

        sandbox.Terminate();

        Assert.Equal(0, await sandbox.WaitForExitAsync());
        Assert.Equal(2, receiver.Requests);
    }
}
