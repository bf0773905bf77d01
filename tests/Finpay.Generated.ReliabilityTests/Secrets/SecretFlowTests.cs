using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Finpay.Generated.Diagnostics;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Finpay.Generated.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Testing;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.ReliabilityTests.Secrets;

/// <summary>
/// Every operation, the success and each failure kind, against a Finpay that echoes secrets back, with logs at Trace and spans
/// recorded: the merchant key, the Authorization value, card tokens, card numbers and CVVs appear in none of them.
/// </summary>
public class SecretFlowTests
{
    /// <summary>The exception types this flow provokes; the public-type convention demands every FinpayException type be here.</summary>
    internal static IReadOnlyList<Type> ProvokedExceptionTypes { get; } =
        new[] { typeof(FinpayApiException), typeof(FinpayTimeoutException), typeof(FinpayConnectionException), typeof(FinpayValidationException) };

    private const string TestSourceName = "Finpay.Generated.ReliabilityTests.SecretFlow";

    private static readonly ActivitySource TestSource = new(TestSourceName);

    private static Task<LoopbackServer> EchoingFinpayAsync() => LoopbackServer.StartAsync(async (context, request) =>
    {
        var target = request.RawTarget;
        if (target.Contains("/check/SLOW", StringComparison.Ordinal))
        {
            await LoopbackServer.UntilClientLeaves(context);
            return;
        }

        if (target.Contains("/void/DROP", StringComparison.Ordinal))
        {
            context.Abort();
            return;
        }

        var (status, body) = target switch
        {
            _ when target.EndsWith("/initiate", StringComparison.Ordinal) => (200, FinpayAnswers.Initiate),
            _ when target.EndsWith("/payment", StringComparison.Ordinal) && request.Body.Contains("DECLINED", StringComparison.Ordinal) =>
                (400, FinpayAnswers.Error("4000002", $"Card {KnownSecrets.CardNumber} cvv {KnownSecrets.Cvv} declined for {KnownSecrets.CardToken}")),
            _ when target.EndsWith("/payment", StringComparison.Ordinal) =>
                (200, "{\"responseCode\":\"2000000\",\"responseMessage\":\"Success\",\"data\":{\"amount\":1000,\"type\":\"CAPTURE\",\"card\":{\"token\":\"" + KnownSecrets.CardToken
                    + "\",\"number\":\"" + KnownSecrets.CardNumber + "\",\"cvv\":\"" + KnownSecrets.Cvv + "\"}}}"),
            _ when target.Contains("/check/", StringComparison.Ordinal) =>
                (200, "{\"responseCode\":\"2000000\",\"responseMessage\":\"Success\",\"data\":{\"card\":{\"mask\":\"411111******1111\",\"token\":\"" + KnownSecrets.CardToken
                    + "\"},\"result\":{\"payment\":{\"status\":\"PAID\"}}}}"),
            _ when target.Contains("/customer/delete/", StringComparison.Ordinal) =>
                (404, FinpayAnswers.Error("4040001", $"Card {KnownSecrets.CardToken} not found", traceId: KnownSecrets.CardToken)),
            _ => (200, FinpayAnswers.Operation),
        };
        await LoopbackServer.Answer(context, status, body);
    });

    private static InitiateRequest InitiateWithRawCard()
    {
        var request = RequestFactory.RecurringInitiate();
        request.Card = new Card { Number = KnownSecrets.CardNumber, ExpiryDate = "2912", Cvv = KnownSecrets.Cvv, NameOnCard = "HAJAR ISMAIL", StoredOnFile = "TO_BE_STORED" };
        return request;
    }

    [Fact]
    public async Task A_whole_flow_at_trace_level_leaks_no_secret_into_logs_spans_messages_or_ToString()
    {
        await using var server = await EchoingFinpayAsync();
        var logs = new FakeLoggerProvider();
        var spans = new ConcurrentQueue<Activity>();
        using var root = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FinpayTelemetry.ActivitySourceName || source.Name == TestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(root);
        // The slow check times out on a fake clock the test moves, so no other call can time out on a busy machine.
        var clock = new TestClock();
        using var harness = TestClients.Create(server.BaseUrl, options =>
        {
            options.Timeout = TimeSpan.FromMinutes(1);
            options.MaxRetries = 0;
        }, logs: logs, clock: clock);
        var results = new List<object>();
        var errors = new List<Exception>();

        using (var flow = TestSource.StartActivity("merchant flow"))
        {
            Assert.NotNull(flow);
            results.Add(await harness.Client.InitiateAsync(InitiateWithRawCard()));
            results.Add(await harness.Client.PayAsync(RequestFactory.OneClickPayment()));
            results.Add(await harness.Client.CheckStatusAsync("ORDER-1"));
            results.Add(await harness.Client.CancelAsync("ORDER-1"));
            results.Add(await harness.Client.VoidAsync("ORDER-1"));
            results.Add(await harness.Client.RefundAsync(new RefundRequest { Order = new RefundOrder { Id = "ORDER-1", Amount = 1000 } }));
            var declined = RequestFactory.OneClickPayment();
            declined.Order.Id = "DECLINED";
            errors.Add(await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.PayAsync(declined)));
            errors.Add(await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.DeleteCardAsync(KnownSecrets.CardToken)));
            var slow = harness.Client.CheckStatusAsync("SLOW");
            await Eventually.TrueAsync(() =>
            {
                if (!slow.IsCompleted) clock.Advance(TimeSpan.FromMinutes(1));
                return slow.IsCompleted;
            }, "the slow check to time out on the test clock");
            errors.Add(await Assert.ThrowsAsync<FinpayTimeoutException>(() => slow));
            errors.Add(await Assert.ThrowsAsync<FinpayConnectionException>(() => harness.Client.VoidAsync("DROP")));
            var invalid = RequestFactory.OneClickPayment();
            invalid.Card = new Card { Token = KnownSecrets.CardToken + "00", Number = KnownSecrets.CardNumber + "0000", Cvv = KnownSecrets.Cvv + "x", StoredOnFile = "STORED" };
            errors.Add(await Assert.ThrowsAsync<FinpayValidationException>(() => harness.Client.PayAsync(invalid)));
            errors.Add(await Assert.ThrowsAsync<FinpayValidationException>(() => harness.Client.DeleteCardAsync(KnownSecrets.CardToken + "0")));
            var traceId = flow!.TraceId;
            flow.Stop();

            var ours = spans.Where(s => s.TraceId == traceId && s.Source.Name == FinpayTelemetry.ActivitySourceName).ToList();
            Assert.True(ours.Count >= 10, $"{ours.Count} spans.");
            foreach (var span in ours)
            {
                KnownSecrets.AssertAbsent($"span {span.DisplayName}", span.DisplayName + " " + span.StatusDescription);
                foreach (var tag in span.TagObjects)
                    KnownSecrets.AssertAbsent($"span {span.DisplayName} tag {tag.Key}", Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture));
                foreach (var e in span.Events)
                    KnownSecrets.AssertAbsent($"span {span.DisplayName} event", e.Name + string.Join(",", e.Tags.Select(t => t.Key + "=" + t.Value)));
            }
        }

        KnownSecrets.AssertAbsent("the Trace log", logs.All());
        foreach (var error in errors)
        {
            KnownSecrets.AssertAbsent($"{error.GetType().Name}.Message", error.Message);
            KnownSecrets.AssertAbsent($"{error.GetType().Name}.ToString()", error.ToString());
            if (error is FinpayValidationException validation)
            {
                Assert.Contains(validation.Errors, e => e.Path == "card.cvv" || e.Path == "cardToken");
                foreach (var item in validation.Errors) KnownSecrets.AssertAbsent("FinpayValidationError", item.ToString());
            }

            if (error is FinpayApiException api)
            {
                KnownSecrets.AssertAbsent("FinpayApiException.Body", api.Body);
                KnownSecrets.AssertAbsent("FinpayApiException.ResponseMessage", api.ResponseMessage);
                KnownSecrets.AssertAbsent("FinpayApiException.TraceId", api.TraceId);
            }
        }

        foreach (var result in results)
            KnownSecrets.AssertAbsent($"{result.GetType().Name}.ToString()", result.ToString());

        // The absences above mean something only if the flow ran as described and the log holds the bodies.
        Assert.Equal(ProvokedExceptionTypes.OrderBy(t => t.Name), errors.Select(e => e.GetType()).Distinct().OrderBy(t => t.Name));
        Assert.Contains("\"cvv\":\"***\"", logs.All());
        Assert.Contains("request body (redacted)", logs.All());
        Assert.Contains("response body (redacted)", logs.All());
        Assert.Contains("/customer/delete/***", logs.All());
        Assert.Contains(server.Requests, r => r.RawTarget.EndsWith("/customer/delete/" + KnownSecrets.CardToken, StringComparison.Ordinal));
    }
}
