using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Finpay.Sandbox;
using Finpay.Sandbox.Faults;
using Xunit;

namespace Finpay.Cli.Tests;

public class DemoCommandTests
{
    [Fact]
    public async Task The_demo_runs_every_step_green_against_the_embedded_sandbox()
    {
        var (exit, output, error) = await Cli.RunAsync("", "demo");

        Assert.True(exit == 0, output + error);
        foreach (var step in new[]
                 {
                     "[1/7] Start the local Finpay sandbox", "[3/7] Initiate a recurring card subscription", "[4/7] Complete the hosted card page",
                     "[5/7] Receive and verify the signed callback", "[6/7] Pay one-click with the stored card", "[7/7] Check the status of both orders",
                 })
        {
            Assert.Contains("OK   " + step, output);
        }

        Assert.Contains("signature valid (HMAC-SHA512 over PhpDefault), status PAID", output);
        Assert.Contains("Demo passed: 7 of 7 steps.", output);
        Assert.DoesNotContain(SandboxOptions.DefaultMerchantKey, output);
        Assert.DoesNotMatch(new Regex("[0-9a-f]{64}(?![0-9a-f])"), Regex.Replace(output, "card/access/[0-9a-f]{64}", ""));
    }

    [Fact]
    public async Task The_demo_runs_against_a_sandbox_given_by_base_url_and_fails_with_exit_1_when_a_step_fails()
    {
        var options = new SandboxOptions();
        options.Merchants["DEMO1"] = "DemoKey1";
        await using var sandbox = await SandboxHost.StartAsync(options);
        sandbox.Faults.Add(new FaultRule { Operation = "pay", Kind = FaultKind.ServerError, Times = null });

        var (exit, output, _) = await Cli.RunAsync("", "demo", "--base-url", sandbox.BaseAddress.ToString(), "--merchant-id", "DEMO1", "--merchant-key", "DemoKey1");

        Assert.Equal(1, exit);
        Assert.Contains("OK   [5/7] Receive and verify the signed callback", output);
        Assert.Contains("FAIL [6/7] Pay one-click with the stored card", output);
        Assert.Contains("Finpay answered HTTP 503 5030000", output);
        // A 503 may come after the charge: the demo asks check status rather than guess, and the sandbox never charged it.
        Assert.Contains("so the outcome was unknown; check status says: Finpay has no such order", output);
        Assert.Contains("Demo failed at step 6", output);
        Assert.Single(sandbox.Ledger.All, e => e.Kind == "PAYMENT");
    }

    [Fact]
    public async Task The_demo_with_wrong_credentials_fails_at_the_initiate()
    {
        await using var sandbox = await SandboxHost.StartAsync();

        var (exit, output, _) = await Cli.RunAsync("", "demo", "--base-url", sandbox.BaseAddress.ToString(), "--merchant-id", "FINPAY770", "--merchant-key", "wrong");

        Assert.Equal(1, exit);
        Assert.Contains("HTTP 401 4010000", output);
    }

    [Theory]
    [InlineData("demo", "--base-url", "http://127.0.0.1:1/")]
    [InlineData("demo", "--base-url", "ftp://x/", "--merchant-id", "a", "--merchant-key", "b")]
    [InlineData("demo", "--callback-timeout", "0")]
    public async Task Demo_usage_errors_exit_2(params string[] args)
    {
        Assert.Equal(2, (await Cli.RunAsync("", args)).Exit);
    }
}
