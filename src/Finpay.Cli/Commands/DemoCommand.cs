using System;
using System.CommandLine;
using Finpay.Cli.Demo;

namespace Finpay.Cli.Commands;

/// <summary><c>finpay demo</c>: the SDK's main job end to end, against the embedded sandbox unless pointed elsewhere.</summary>
internal static class DemoCommand
{
    public static Command Create(CliIO io)
    {
        var baseUrl = new Option<Uri?>("--base-url") { Description = "A Finpay environment (e.g. https://devo.finnet.co.id) instead of the embedded sandbox." };
        var merchantId = new Option<string?>("--merchant-id") { Description = "Merchant id (required with --base-url)." };
        var merchantKey = new Option<string?>("--merchant-key") { Description = "Merchant key (required with --base-url). Never printed." };
        var callbackUrl = new Option<Uri?>("--callback-url") { Description = "A public URL forwarding to the demo's local callback listener (for a real Finpay)." };
        var timeout = new Option<int>("--callback-timeout") { Description = "Seconds to wait for the callback.", DefaultValueFactory = _ => 30 };
        var command = new Command("demo", "Run the whole flow: initiate a recurring subscription, pay on the hosted page, verify the callback, pay one-click, check status.")
        {
            baseUrl, merchantId, merchantKey, callbackUrl, timeout,
        };
        command.Validators.Add(result =>
        {
            var remote = result.GetValue(baseUrl);
            if (remote is not null && (string.IsNullOrEmpty(result.GetValue(merchantId)) || string.IsNullOrEmpty(result.GetValue(merchantKey))))
                result.AddError("--base-url needs --merchant-id and --merchant-key.");
            if (remote is not null && (!remote.IsAbsoluteUri || remote.Scheme is not ("http" or "https")))
                result.AddError("--base-url must be an absolute http(s) URL.");
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(timeout) <= 0)
            {
                await io.Error.WriteLineAsync("--callback-timeout must be positive.");
                return FinpayCli.UsageError;
            }

            var settings = new DemoSettings(parse.GetValue(baseUrl), parse.GetValue(merchantId), parse.GetValue(merchantKey),
                parse.GetValue(callbackUrl), TimeSpan.FromSeconds(parse.GetValue(timeout)));
            return await new DemoRunner(io, settings).RunAsync(cancellationToken);
        });
        return command;
    }
}
