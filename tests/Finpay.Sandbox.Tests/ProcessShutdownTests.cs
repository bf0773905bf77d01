using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Sandbox.Cards;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Sandbox.Tests;

/// <summary>A container stop or a CI job ends the sandbox with SIGTERM: it must finish what is in flight and exit 0.</summary>
public class ProcessShutdownTests
{

    [Fact]
    public async Task Sigterm_lets_a_request_in_flight_finish_and_exits_0()
    {
        using var sandbox = await SandboxProcess.StartAsync("Finpay.Sandbox.dll", "--port", "0", "--shutdown-timeout", "60");
        using var http = Client(sandbox.BaseAddress);
        using (var fault = await http.PostAsync("_sandbox/faults", Json("{\"operation\":\"checkStatus\",\"kind\":\"Delay\",\"delay\":\"00:00:00.500\",\"times\":1}")))
            Assert.True(fault.IsSuccessStatusCode, await fault.Content.ReadAsStringAsync());

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
    public async Task Sigterm_flushes_a_callback_waiting_for_its_retry_before_exiting()
    {
        await using var receiver = await CallbackReceiver.StartAsync(refuseFirst: 1);
        using var sandbox = await SandboxProcess.StartAsync("Finpay.Sandbox.dll", "--port", "0", "--shutdown-timeout", "60");
        using var sdk = Sandbox.SdkFor(sandbox.BaseAddress);
        var initiate = await sdk.Client.InitiateAsync(Requests.Initiate("ORDER-1", receiver.Url));
        await HostedPageCustomer.PayAsync(new Uri(initiate.RedirectUrl), TestCards.Approved.Number);
        await Eventually.TrueAsync(() => receiver.Requests == 1, "the first (refused) delivery");

        // The next attempt is due a second later; SIGTERM comes first.
        sandbox.Terminate();

        Assert.Equal(0, await sandbox.WaitForExitAsync());
        Assert.Equal(2, receiver.Requests);
        Assert.Contains("\"id\":\"ORDER-1\"", receiver.Bodies.Single());
    }

    private static HttpClient Client(Uri baseAddress)
    {
        var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(SandboxOptions.DefaultMerchantId + ":" + SandboxOptions.DefaultMerchantKey)));
        return http;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
