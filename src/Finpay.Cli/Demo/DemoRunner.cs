using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Generated.Errors;
using Finpay.Generated.Values;
using Finpay.Sandbox;
using Spectre.Console;

namespace Finpay.Cli.Demo;

/// <summary>
/// The SDK's main job end to end: a recurring card subscription initiated for the seed customer, the hosted page completed
/// as the customer would, the signed callback received and verified, a one-click payment with the stored card, and a status
/// check, all through the SDK's production client. Each step prints a line; a table sums up; any failed step stops the run and makes the exit code 1.
/// </summary>
internal sealed class DemoRunner
{
    private const int TotalSteps = 7;
    private readonly CliIO _io;
    private readonly DemoSettings _settings;
    private readonly List<(string Title, bool Ok, string Detail, TimeSpan Took)> _steps = new();

    public DemoRunner(CliIO io, DemoSettings settings)
    {
        _io = io;
        _settings = settings;
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        SandboxHost? sandbox = null;
        CallbackListener? listener = null;
        IFinpayCardClient? client = null;
        var merchantId = _settings.MerchantId ?? SandboxOptions.DefaultMerchantId;
        var merchantKey = _settings.MerchantKey ?? SandboxOptions.DefaultMerchantKey;
        var orderId = "DEMO-" + DateTime.UtcNow.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture) + "-" +
                      Random.Shared.Next(0x1000, 0xFFFF).ToString("X4", CultureInfo.InvariantCulture);
        var oneClickOrderId = orderId + "-P";
        InitiateResponse? initiated = null;
        string? token = null;

        _io.Console.MarkupLine("[bold]Finpay.Generated demo[/]: recurring card subscription, hosted page, verified callback, one-click payment, status.");
        try
        {
            var ok = await StepAsync(_settings.BaseUrl is null ? "Start the local Finpay sandbox" : "Use the Finpay environment", async () =>
            {
                if (_settings.BaseUrl is not null)
                {
                    client = DemoClient.Create(_settings.BaseUrl, merchantId, merchantKey);
                    return $"{_settings.BaseUrl} as merchant {merchantId}";
                }

                var options = new SandboxOptions();
                options.Merchants.Clear();
                options.Merchants[merchantId] = merchantKey;
                sandbox = await SandboxHost.StartAsync(options, cancellationToken);
                client = DemoClient.Create(sandbox.BaseAddress, merchantId, merchantKey);
                return $"listening on {sandbox.BaseAddress} (merchant {merchantId})";
            });

            ok = ok && await StepAsync("Listen for Finpay's callback", async () =>
            {
                listener = await CallbackListener.StartAsync(merchantKey, cancellationToken);
                listener.Watch(orderId);
                return _settings.CallbackUrl is null ? $"on {listener.Url}" : $"on {listener.Url}, reached through {_settings.CallbackUrl}";
            });

            ok = ok && await StepAsync("Initiate a recurring card subscription for the seed customer", async () =>
            {
                var today = sandbox?.Clock.Now ?? DateTimeOffset.UtcNow.ToOffset(SandboxClock.JakartaOffset);
                initiated = await client!.InitiateAsync(DemoRequests.RecurringInitiate(orderId, _settings.CallbackUrl ?? listener!.Url, today), cancellationToken);
                return $"order {orderId}: {initiated.ResponseCode} {initiated.ResponseMessage}, link expires {initiated.ExpiryLink}\nhosted page {initiated.RedirectUrl}";
            });

            ok = ok && await StepAsync("Complete the hosted card page as the customer would", async () =>
            {
                var outcome = await HostedPageCustomer.PayWithApprovedCardAsync(new Uri(initiated!.RedirectUrl), cancellationToken);
                if (outcome is null)
                {
                    return $"this page needs a browser: open {initiated.RedirectUrl} and pay with a test card " +
                           $"(waiting up to {_settings.CallbackTimeout.TotalSeconds:0} s for the callback)";
                }

                if (outcome.Status != "PAID") throw new InvalidOperationException($"the hosted page answered {outcome.Status}");
                return $"submitted the page's approved test card {outcome.CardNumber.Substring(0, 6)}******{outcome.CardNumber.Substring(outcome.CardNumber.Length - 4)}: PAID";
            });

            ok = ok && await StepAsync("Receive and verify the signed callback", async () =>
            {
                var result = await listener!.WaitAsync(_settings.CallbackTimeout, cancellationToken);
                if (!result.IsValid) throw new InvalidOperationException($"callback refused ({result.Failure}): {result.Reason}");
                var callback = result.Callback!;
                var status = callback.Result?.Payment?.Status;
                if (status != "PAID") throw new InvalidOperationException($"the callback says {status}: {callback.Result?.Payment?.StatusDesc}");
                token = callback.Card?.Token ?? throw new InvalidOperationException("the callback carries no stored card token");
                return $"signature valid (HMAC-SHA512 over {result.MatchedEncoding}), status {status}, {callback.Order?.Currency} {callback.Order?.Amount:N0}, " +
                       $"card {callback.Card.Mask} stored (token received, not shown)";
            });

            ok = ok && await StepAsync("Pay one-click with the stored card", async () =>
            {
                PaymentResponse paid;
                try
                {
                    paid = await client!.PayAsync(DemoRequests.OneClick(oneClickOrderId, token!), cancellationToken);
                }
                catch (FinpayException lost) when (lost.OutcomeUnknown)
                {
                    // The card may have been charged: ask Finpay about the same order instead of guessing or paying again.
                    var resolution = await client!.ResolvePaymentAsync(oneClickOrderId, cancellationToken);
                    if (resolution.Outcome != PaymentOutcome.Paid) throw new InvalidOperationException($"{Describe(lost)}, so the outcome was unknown; check status says: {resolution.Reason}");
                    return $"order {oneClickOrderId}: the answer was lost; check status confirms {resolution.Status}, reference {resolution.Reference}";
                }

                return $"order {oneClickOrderId}: {paid.ResponseCode} {paid.ResponseMessage}, {paid.Data.Type} {paid.Data.Currency} {paid.Data.Amount:N0}, " +
                       $"reference {paid.Data.Reference}, authorization {paid.Data.AuthorizationCode}";
            });

            ok = ok && await StepAsync("Check the status of both orders", async () =>
            {
                var first = await client!.CheckStatusAsync(orderId, cancellationToken);
                var second = await client!.CheckStatusAsync(oneClickOrderId, cancellationToken);
                var (a, b) = (first.Data.Result?.Payment?.Status, second.Data.Result?.Payment?.Status);
                if (a != PaymentStatus.Paid || b != PaymentStatus.Paid) throw new InvalidOperationException($"{orderId} is {a}, {oneClickOrderId} is {b}");
                return $"{orderId} {a}, {oneClickOrderId} {b}";
            });
        }
        finally
        {
            if (listener is not null) await listener.DisposeAsync();
            if (sandbox is not null) await sandbox.DisposeAsync();
        }

        return Summarize();
    }

    private async Task<bool> StepAsync(string title, Func<Task<string>> action)
    {
        var number = _steps.Count + 1;
        var label = $"[{number}/{TotalSteps}] {title}";
        var watch = Stopwatch.StartNew();
        string detail;
        bool ok;
        try
        {
            detail = _io.Console.Profile.Capabilities.Interactive
                ? await _io.Console.Status().StartAsync(Markup.Escape(label) + "...", _ => action())
                : await action();
            ok = true;
        }
#pragma warning disable CA1031 // A failed step is reported and ends the demo with exit code 1; it never crashes it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            detail = Describe(exception);
            ok = false;
        }

        _steps.Add((title, ok, detail, watch.Elapsed));
        _io.Console.MarkupLine($"{(ok ? "[green]OK  [/]" : "[red]FAIL[/]")} {Markup.Escape(label)}");
        _io.Console.MarkupLine("     " + Markup.Escape(detail).Replace("\n", "\n     ", StringComparison.Ordinal));
        return ok;
    }

    private int Summarize()
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Summary");
        table.AddColumn("#").AddColumn("Step").AddColumn("Result").AddColumn(new TableColumn("Time").RightAligned());
        for (var i = 0; i < TotalSteps; i++)
        {
            var (title, ok, _, took) = i < _steps.Count ? _steps[i] : ("(not run)", false, "", TimeSpan.Zero);
            var result = i >= _steps.Count ? "[grey]skipped[/]" : ok ? "[green]passed[/]" : "[red]failed[/]";
            table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(title), result,
                i < _steps.Count ? $"{took.TotalMilliseconds:0} ms" : "");
        }

        _io.Console.Write(table);
        var passed = _steps.FindAll(s => s.Ok).Count;
        if (passed == TotalSteps)
        {
            _io.Console.MarkupLine($"[green]Demo passed[/]: {passed} of {TotalSteps} steps.");
            return 0;
        }

        _io.Console.MarkupLine($"[red]Demo failed[/] at step {_steps.Count}: {Markup.Escape(_steps[^1].Detail)}");
        return 1;
    }

    private static string Describe(Exception exception) => exception switch
    {
        FinpayApiException { ResponseCode: { } code } api => $"Finpay answered HTTP {api.StatusCode} {code}: {api.ResponseMessage}",
        FinpayApiException api => $"Finpay answered HTTP {api.StatusCode}: {api.Message}",
        FinpayConnectionException or FinpayTimeoutException => exception.Message,
        Microsoft.Extensions.Options.OptionsValidationException options => "the client settings are wrong: " + options.Message,
        HttpRequestException http => "could not reach the hosted page: " + http.Message,
        TaskCanceledException => "timed out",
        _ => exception.Message,
    };
}
