using System;
using System.CommandLine;
using System.Threading.Tasks;
using Finpay.Cli.Demo;

namespace Finpay.Cli.Commands;

/// <summary><c>finpay demo</c>: the SDK's main job end to end, against the embedded sandbox unless pointed elsewhere.</summary>
internal static class DemoCommand
{
    public static Command Create(CliIO io)
    {
        var baseUrl = new Option<string?>("--base-url") { Description = "A Finpay environment (e.g. https://devo.finnet.co.id) instead of the embedded sandbox." };
        var merchantId = new Option<string?>("--merchant-id") { Description = "Merchant id (required with --base-url)." };
        var merchantKey = new Option<string?>("--merchant-key") { Description = "Merchant key (required with --base-url). Never printed." };
        var callbackUrl = new Option<string?>("--callback-url") { Description = "A public URL forwarding to the demo's local callback listener (for a real Finpay)." };
        var timeout = new Option<int>("--callback-timeout") { Description = "Seconds to wait for the callback.", DefaultValueFactory = _ => 30 };
        var command = new Command("demo", "Run the whole flow: initiate a recurring subscription, pay on the hosted page, verify the callback, pay one-click, check status.")
        {
            baseUrl, merchantId, merchantKey, callbackUrl, timeout,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var problem = Check(parse.GetValue(baseUrl), parse.GetValue(merchantId), parse.GetValue(merchantKey), parse.GetValue(callbackUrl),
                parse.GetValue(timeout), out var settings);
            if (problem is not null)
            {
                await io.Error.WriteLineAsync(problem);
                await io.Error.WriteLineAsync("Run 'finpay demo --help' for usage.");
                return FinpayCli.UsageError;
            }

            return await new DemoRunner(io, settings!).RunAsync(cancellationToken);
        });
        return command;
    }

    private static string? Check(string? baseUrl, string? merchantId, string? merchantKey, string? callbackUrl, int timeout, out DemoSettings? settings)
    {
        settings = null;
        Uri? remote = null, callback = null;
        if (baseUrl is not null && !TryHttpUrl(baseUrl, out remote)) return "--base-url must be an absolute http(s) URL.";
        if (callbackUrl is not null && !TryHttpUrl(callbackUrl, out callback)) return "--callback-url must be an absolute http(s) URL.";
        if (remote is not null && (string.IsNullOrEmpty(merchantId) || string.IsNullOrEmpty(merchantKey)))
            return "--base-url needs --merchant-id and --merchant-key.";
        if (merchantId == "" || merchantKey == "") return "--merchant-id and --merchant-key must not be empty.";
        if (timeout <= 0) return "--callback-timeout must be positive.";
        settings = new DemoSettings(remote, merchantId, merchantKey, callback, TimeSpan.FromSeconds(timeout));
        return null;
    }

    private static bool TryHttpUrl(string text, out Uri? url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url) && url.Scheme is "http" or "https";
}
