using System;
using System.Linq;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Microsoft.Extensions.Logging.Testing;
using Newtonsoft.Json;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.ReliabilityTests.MalformedResponses;

public class MalformedResponseTests
{
    /// <summary>Exceptions that mean the SDK lost control of an answer: none may reach the caller, even as an inner exception.</summary>
    private static readonly Type[] Forbidden =
    {
        typeof(JsonException), typeof(NullReferenceException), typeof(InvalidCastException), typeof(FormatException),
        typeof(OverflowException), typeof(InvalidOperationException),
    };

    public static TheoryData<string> Cases => new(MalformedResponseCorpus.All.Select(c => c.Name));

    [Fact]
    public void The_corpus_has_at_least_30_distinct_cases()
    {
        Assert.True(MalformedResponseCorpus.All.Count >= 30, $"{MalformedResponseCorpus.All.Count} cases.");
        Assert.Equal(MalformedResponseCorpus.All.Count, MalformedResponseCorpus.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_malformed_answer_yields_its_documented_outcome_and_nothing_raw(string name)
    {
        var @case = MalformedResponseCorpus.Named(name);
        await using var server = await LoopbackServer.StartAsync((context, _) => @case.Answer(context));
        // Trace logging on: the body logging path reads every answer too, and must not throw or leak either.
        var logs = new FakeLoggerProvider();
        // A case about a time-out runs on a test clock moved once the server has the request; no other case can time out.
        var clock = @case.AttemptTimeout is null ? null : new TestClock();
        using var harness = TestClients.Create(server.BaseUrl, options =>
        {
            options.MaxResponseBodyBytes = 64 * 1024;
            if (@case.AttemptTimeout is { } timeout) options.Timeout = timeout;
        }, logs, clock: clock);

        var call = CallAsync(harness.Client, @case.Call);
        if (@case.AttemptTimeout is { } attemptTimeout)
        {
            await Eventually.TrueAsync(() => server.Hits > 0, "the request to reach the server");
            clock!.Advance(attemptTimeout);
        }

        var (result, error) = await call;

        switch (@case.Outcome)
        {
            case Outcome.Success:
                Assert.True(error is null, $"{name}: expected a tolerant parse, got {error}");
                Assert.NotNull(result);
                @case.Check?.Invoke(result!);
                break;
            case Outcome.ApiError:
                var api = Assert.IsType<FinpayApiException>(error);
                Assert.Equal(@case.Status, api.StatusCode);
                Assert.True(api.Body.Length <= 2048 + 16, $"Body has {api.Body.Length} characters.");
                @case.Check?.Invoke(api);
                break;
            case Outcome.Timeout:
                Assert.IsType<FinpayTimeoutException>(error);
                break;
            case Outcome.ConnectionFailure:
                Assert.IsType<FinpayConnectionException>(error);
                break;
        }

        if (error is not null)
        {
            Assert.True(error.Message.Length <= 1024, $"The message has {error.Message.Length} characters.");
            for (var e = error; e is not null; e = e.InnerException)
                Assert.DoesNotContain(Forbidden, forbidden => forbidden.IsInstanceOfType(e));
        }

        Assert.Equal(@case.Hits, server.Hits);
        Secrets.KnownSecrets.AssertAbsent("the Trace log", logs.All());
    }

    private static async Task<(object? Result, Exception? Error)> CallAsync(IFinpayCardClient client, Call call)
    {
        try
        {
            object result = call switch
            {
                Call.Pay => await client.PayAsync(RequestFactory.OneClickPayment()),
                Call.CheckStatus => await client.CheckStatusAsync("ORDER-1"),
                Call.Initiate => await client.InitiateAsync(RequestFactory.RecurringInitiate()),
                _ => throw new ArgumentOutOfRangeException(nameof(call)),
            };
            return (result, null);
        }
        catch (Exception exception)
        {
            return (null, exception);
        }
    }
}
