using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Errors;
using Finpay.Generated.ReliabilityTests.Sandbox;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Finpay.Sandbox.Faults;
using Microsoft.Extensions.Logging.Testing;
using Xunit;

namespace Finpay.Generated.ReliabilityTests.Secrets;

/// <summary>The demo's flow against the in-process sandbox, logs at Trace and spans recorded: no secret anywhere.</summary>
public class SandboxSecretFlowTests
{
    private const string FlowSourceName = "Finpay.Generated.ReliabilityTests.SandboxFlow";
    private static readonly ActivitySource FlowSource = new(FlowSourceName);

    [Fact]
    public async Task The_demo_flow_against_the_sandbox_leaks_no_secret()
    {
        await using var sandbox = await StoredCardSandbox.StartAsync();
        var logs = new FakeLoggerProvider();
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FinpayTelemetry.ActivitySourceName || source.Name == FlowSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var harness = TestClients.Create(sandbox.Host.BaseAddress, logs: logs);
        var texts = new List<(string Where, string? Text)>();

        using (var flow = FlowSource.StartActivity("demo"))
        {
            var initiate = RequestFactory.RecurringInitiate();
            initiate.Order.Id = "DEMO-INIT";
            initiate.Card = new Card { Number = KnownSecrets.CardNumber, ExpiryDate = "2912", Cvv = KnownSecrets.Cvv, NameOnCard = "HAJAR ISMAIL", StoredOnFile = "TO_BE_STORED" };
            Collect(texts, await Attempt(() => harness.Client.InitiateAsync(initiate)));
            Collect(texts, await Attempt(() => harness.Client.PayAsync(StoredCardSandbox.Payment("DEMO-PAY"))));
            Collect(texts, await Attempt(() => harness.Client.CheckStatusAsync("DEMO-PAY")));
            Collect(texts, await Attempt(() => harness.Client.RefundAsync(new RefundRequest { Order = new RefundOrder { Id = "DEMO-PAY", Amount = 500 } })));
            Collect(texts, await Attempt(() => harness.Client.VoidAsync("DEMO-PAY")));
            Collect(texts, await Attempt(() => harness.Client.CancelAsync("DEMO-INIT")));
            Collect(texts, await Attempt(() => harness.Client.PayAsync(StoredCardSandbox.Payment("DEMO-PAY"))));
            sandbox.Host.Faults.Add(new FaultRule { Operation = "deleteCard", Kind = FaultKind.DropConnection, Times = 4 });
            Collect(texts, await Attempt(() => harness.Client.DeleteCardAsync(KnownSecrets.CardToken)));
            Collect(texts, await Attempt(() => harness.Client.DeleteCardAsync(KnownSecrets.CardToken)));
            Collect(texts, await Attempt(() => harness.Client.DeleteCardAsync(KnownSecrets.CardToken)));
            flow!.Stop();
            foreach (var span in spans.Where(s => s.TraceId == flow.TraceId))
            {
                texts.Add(($"span {span.DisplayName}", span.DisplayName + " " + span.StatusDescription));
                texts.AddRange(span.TagObjects.Select(t => ($"span {span.DisplayName} tag {t.Key}", Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        texts.Add(("the Trace log", logs.All()));
        foreach (var (where, text) in texts) KnownSecrets.AssertAbsent(where, text);

        // The flow really went through its successes and failures, and the log holds the bodies.
        Assert.Single(sandbox.Host.Ledger.For("DEMO-PAY"), e => e.Kind == "ONE_CLICK");
        Assert.Contains(texts, t => t.Where == nameof(FinpayConnectionException));
        Assert.Contains(texts, t => t.Where == nameof(FinpayApiException));
        Assert.Contains("response body (redacted)", logs.All());
        Assert.True(spans.Count(s => s.Source.Name == FinpayTelemetry.ActivitySourceName) >= 10);
    }

    private static async Task<object> Attempt<T>(Func<Task<T>> call)
    {
        try
        {
            return (await call())!;
        }
        catch (FinpayException exception)
        {
            return exception;
        }
    }

    private static void Collect(List<(string Where, string? Text)> texts, object outcome)
    {
        if (outcome is FinpayApiException api)
            texts.AddRange(new[] { api.Message, api.ToString(), api.Body, api.ResponseMessage, api.TraceId }.Select(t => (nameof(FinpayApiException), t)));
        else if (outcome is Exception exception)
            texts.AddRange(new[] { exception.Message, exception.ToString() }.Select(t => (exception.GetType().Name, (string?)t)));
        else
            texts.Add((outcome.GetType().Name + ".ToString()", outcome.ToString()));
    }
}
