using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Finpay.Testing.Fixtures;
using Xunit;

namespace Finpay.Generated.Tests.Outcomes;

/// <summary>
/// Every operation against every way an answer gets lost: how many requests reached the server, and whether the caller is
/// told the outcome is unknown. The table in docs/outcomes.md is written from this run (FINPAY_ACCEPT_OUTCOMES=1) and
/// compared with it otherwise, so the documentation cannot drift from what the SDK does.
/// </summary>
public class OutcomeTableTests
{
    private const int MaxRetries = 2;
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromMinutes(1);

    private static readonly string[] Operations = { "initiate", "pay", "refund", "cancel", "void", "deleteCard", "checkStatus" };

    private static readonly (string Name, string Description)[] Faults =
    {
        ("refused", "refused connection (nothing listens)"),
        ("dropped before", "connection dropped before the answer"),
        ("dropped after", "connection dropped after processing"),
        ("502 html", "502 HTML from a proxy"),
        ("500 envelope", "500 with Finpay's envelope"),
        ("cut-off 200", "200 with a cut-off body"),
        ("time-out", "no answer within the attempt time-out"),
    };

    [Fact]
    public async Task The_documented_table_of_lost_answers_is_what_the_sdk_does()
    {
        var table = new StringBuilder();
        table.Append("| operation | ").Append(string.Join(" | ", Faults.Select(f => f.Description))).Append(" |\n");
        table.Append("|---|").Append(string.Concat(Faults.Select(_ => "---|"))).Append('\n');
        foreach (var operation in Operations)
        {
            table.Append("| `").Append(operation).Append("` |");
            foreach (var (fault, _) in Faults)
            {
                var (requests, unknown) = await RunAsync(operation, fault);
                table.Append(' ').Append(requests).Append(requests == 1 ? " request, " : " requests, ")
                    .Append(unknown ? "**unknown**" : "known").Append(" |");
            }

            table.Append('\n');
        }

        var path = Path.Combine(RepositoryRoot(), "docs", "outcomes.md");
        var document = Header + table + Footer;
        if (Environment.GetEnvironmentVariable("FINPAY_ACCEPT_OUTCOMES") == "1") File.WriteAllText(path, document);
        Assert.Equal(File.Exists(path) ? File.ReadAllText(path) : "(docs/outcomes.md is missing)", document);
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("void")]
    [InlineData("deleteCard")]
    public async Task A_state_change_whose_answer_is_lost_is_not_sent_again_and_is_reported_unknown_not_refused(string operation)
    {
        var (requests, unknown) = await RunAsync(operation, "dropped after");

        Assert.Equal(1, requests);
        Assert.True(unknown);
    }

    [Theory]
    [InlineData("500 envelope")]
    [InlineData("cut-off 200")]
    [InlineData("dropped after")]
    [InlineData("time-out")]
    public async Task A_payment_that_may_have_been_charged_says_so_and_names_the_order_and_the_next_step(string fault)
    {
        var (_, unknown, error) = await RunWithErrorAsync("pay", fault);

        Assert.True(unknown);
        Assert.Contains(RequestFactory.OneClickPayment().Order.Id, error.Message, StringComparison.Ordinal);
        Assert.Contains("never send it again under a new order id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, "4000001")]
    [InlineData(200, "4030015")]
    public async Task Finpays_explicit_refusal_of_a_payment_is_known(int status, string responseCode)
    {
        await using var server = await LoopbackServer.StartAsync((context, _) => LoopbackServer.Answer(context, status, FinpayAnswers.Error(responseCode, "Refused")));
        using var harness = TestClients.Create(server.BaseUrl);

        var error = await Assert.ThrowsAsync<FinpayApiException>(() => harness.Client.PayAsync(RequestFactory.OneClickPayment()));

        Assert.False(error.OutcomeUnknown);
        Assert.DoesNotContain("unknown", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_refused_connection_and_a_connection_lost_after_sending_are_told_apart()
    {
        var refused = await RunAsync("pay", "refused");
        var lost = await RunAsync("pay", "dropped after");

        Assert.Equal((0, false), refused);
        Assert.Equal((1, true), lost);
    }

    private static async Task<(int Requests, bool Unknown)> RunAsync(string operation, string fault)
    {
        var (requests, unknown, _) = await RunWithErrorAsync(operation, fault);
        return (requests, unknown);
    }

    private static async Task<(int Requests, bool Unknown, FinpayException Error)> RunWithErrorAsync(string operation, string fault)
    {
        var arrivals = Channel.CreateUnbounded<bool>();
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            arrivals.Writer.TryWrite(true);
            await AnswerAsync(context, fault);
        });
        var baseUrl = fault == "refused" ? await UnusedAddressAsync() : server.BaseUrl;
        var time = new FakeTimeProvider();
        using var harness = TestClients.Create(baseUrl, options =>
        {
            options.MaxRetries = MaxRetries;
            // No delay between attempts: the fake clock moves only when a request has arrived, so each step is an event.
            options.RetryDelay = TimeSpan.Zero;
            options.Timeout = AttemptTimeout;
            options.TotalTimeout = TimeSpan.FromHours(1);
        }, clock: time);

        var call = CallAsync(harness.Client, operation);
        if (fault == "time-out")
        {
            while (!call.IsCompleted)
            {
                var arrived = arrivals.Reader.ReadAsync().AsTask();
                if (await Task.WhenAny(arrived, call) == arrived) time.Advance(AttemptTimeout);
            }
        }

        var error = await Assert.ThrowsAnyAsync<FinpayException>(() => call);
        return (fault == "refused" ? 0 : server.Hits, error.OutcomeUnknown, error);
    }

    private static Task AnswerAsync(HttpContext context, string fault)
    {
        switch (fault)
        {
            case "dropped before":
            case "dropped after":
                // To the client both look the same: the request went out and no answer came back.
                context.Abort();
                return Task.CompletedTask;
            case "502 html":
                return LoopbackServer.Answer(context, 502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");
            case "500 envelope":
                return LoopbackServer.Answer(context, 500, FinpayAnswers.Error("5000001", "General Error"));
            case "cut-off 200":
                return LoopbackServer.Answer(context, 200, """{"responseCode":"2000000","responseMessage":"Succ""");
            case "time-out":
                return LoopbackServer.UntilClientLeaves(context);
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault, null);
        }
    }

    private static async Task<object> CallAsync(IFinpayCardClient client, string operation) => operation switch
    {
        "initiate" => await client.InitiateAsync(RequestFactory.RecurringInitiate()),
        "pay" => await client.PayAsync(RequestFactory.OneClickPayment()),
        "refund" => await client.RefundAsync(new RefundRequest { Order = new RefundOrder { Id = "ORDER-1", Amount = 1000 } }),
        "cancel" => await client.CancelAsync("ORDER-1"),
        "void" => await client.VoidAsync("ORDER-1"),
        "deleteCard" => await client.DeleteCardAsync(RequestFactory.StoredCardToken),
        "checkStatus" => await client.CheckStatusAsync("ORDER-1"),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    /// <summary>A loopback address where nothing listens: its port was just given back by a listener of our own.</summary>
    private static Task<Uri> UnusedAddressAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return Task.FromResult(new Uri($"http://127.0.0.1:{port}/"));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Finpay.Generated.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException("The repository root (Finpay.Generated.sln) was not found above " + AppContext.BaseDirectory);
    }

    private const string Header = """
        # Outcomes when an answer is lost

        Written by `tests/Finpay.Generated.Tests/Outcomes/OutcomeTableTests.cs` from what the SDK does against a loopback server
        (`FINPAY_ACCEPT_OUTCOMES=1` rewrites it; otherwise the test fails when this page and the SDK disagree). Each cell: how many
        requests reached the server, with `MaxRetries` = 2, and whether the caller's `FinpayException` says
        `OutcomeUnknown` (**unknown**) or not (known: nothing was sent, Finpay said no, or the operation only reads).

        Every operation but `checkStatus` changes state at Finpay (`x-finpay-changes-state` in the spec), so it is sent again
        only when it provably never left (refused connection, unresolved name). An unknown outcome is settled with
        `ResolvePaymentAsync(orderId)` (or `CheckStatusAsync`) with the same order id; never send it again under a new one.


        """;

    private const string Footer = """

        A "connection dropped after processing" looks to the client exactly like one dropped before it: that is why both are
        unknown. A refused connection never reached Finpay: the request is retried, and the failure is known.

        """;
}
