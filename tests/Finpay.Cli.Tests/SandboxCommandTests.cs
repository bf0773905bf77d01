using System;
using System.IO;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

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

        Match listening;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!(listening = Regex.Match(output.ToString(), "listening on (http://127\\.0\\.0\\.1:\\d+/)")).Success)
        {
            Assert.False(running.IsCompleted, "the sandbox stopped: " + output);
            Assert.True(DateTime.UtcNow < deadline, "the sandbox did not start");
            await Task.Delay(20);
        }

        using var http = new HttpClient { BaseAddress = new Uri(listening.Groups[1].Value) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String("M1:K1"u8.ToArray()));
        using var check = await http.GetAsync("pg/payment/card/check/ORDER-1");
        await stop.CancelAsync();

        Assert.Equal(404, (int)check.StatusCode);
        Assert.Contains("4040101", await check.Content.ReadAsStringAsync());
        Assert.Equal(0, await running);
        Assert.Contains("merchant M1", output.ToString());
        Assert.DoesNotContain("K1", output.ToString());
    }
}
