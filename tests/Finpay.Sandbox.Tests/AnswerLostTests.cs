using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Generated.Errors;
using Finpay.Sandbox.Faults;
using Finpay.Testing.Fixtures;
using Xunit;

namespace Finpay.Sandbox.Tests;

/// <summary>"Processed, then the answer is lost", for every operation that changes state at Finpay and every way it is lost.</summary>
public class AnswerLostTests
{
    private const string Token = "81b36a850c2e40458bad296f952084b516c919ca717d448722782769b81b9fd9";

    public static TheoryData<string, FaultKind> Cases()
    {
        var cases = new TheoryData<string, FaultKind>();
        foreach (var operation in new[] { "initiate", "pay", "refund", "cancel", "void", "deleteCard" })
        {
            foreach (var kind in new[] { FaultKind.DropConnection, FaultKind.ProxyError, FaultKind.Delay }) cases.Add(operation, kind);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_operation_takes_effect_and_its_answer_is_lost(string operation, FaultKind kind)
    {
        await using var sandbox = await Sandbox.StartAsync();
        await SetUpAsync(sandbox, operation);
        sandbox.Host.Faults.Add(new FaultRule { Operation = operation, Kind = kind, AfterProcessing = true, Delay = TimeSpan.FromMinutes(5) });
        using var clientTimeout = new CancellationTokenSource();

        using var request = Request(operation);
        HttpResponseMessage? response = null;
        var sending = Record.ExceptionAsync(async () => response = await sandbox.Http.SendAsync(request, clientTimeout.Token));
        if (kind == FaultKind.Delay)
        {
            // The client's time-out strikes once the operation has taken effect and while its answer is still held back.
            await TookEffectEventuallyAsync(sandbox, operation);
            await clientTimeout.CancelAsync();
        }

        var failure = await sending;

        switch (kind)
        {
            case FaultKind.DropConnection:
                Assert.IsType<HttpRequestException>(failure);
                break;
            case FaultKind.ProxyError:
                Assert.Null(failure);
                Assert.Equal(HttpStatusCode.BadGateway, response!.StatusCode);
                Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
                Assert.Contains("<title>502 Bad Gateway</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                break;
            default:
                Assert.IsAssignableFrom<OperationCanceledException>(failure);
                break;
        }

        response?.Dispose();
        await AssertTookEffectAsync(sandbox, operation);
    }

    private static Task TookEffectEventuallyAsync(Sandbox sandbox, string operation) =>
        Eventually.TrueAsync(async () =>
        {
            try
            {
                await AssertTookEffectAsync(sandbox, operation);
                return true;
            }
            catch (Exception notYet) when (notYet is Xunit.Sdk.XunitException or FinpayApiException)
            {
                // Not yet: the status check still answers 404, or the order is not in the expected state.
                return false;
            }
        }, $"{operation} to take effect in the sandbox");

    private static async Task SetUpAsync(Sandbox sandbox, string operation)
    {
        var state = operation switch
        {
            "initiate" => null,
            "pay" or "deleteCard" => "a stored card",
            "cancel" => "an initiated order",
            _ => "a paid order",
        };
        if (state is null) return;
        using var setup = await sandbox.Http.PostAsync("provider-states",
            new StringContent("{\"action\":\"setup\",\"state\":\"" + state + "\",\"params\":{\"orderId\":\"LOST-1\"}}", Encoding.UTF8, "application/json"));
        setup.EnsureSuccessStatusCode();
    }

    private static HttpRequestMessage Request(string operation) => operation switch
    {
        "initiate" => ApiPaths.Request(operation, Json(Requests.Initiate("LOST-1"))),
        "pay" => ApiPaths.Request(operation, Json(Requests.Pay("LOST-1", Token))),
        "refund" => ApiPaths.Request(operation, Json(new RefundRequest { Order = new RefundOrder { Id = "LOST-1", Amount = 1000 } })),
        "deleteCard" => ApiPaths.Request(operation, Token),
        _ => ApiPaths.Request(operation, "LOST-1"),
    };

    private static StringContent Json(object body) =>
        new(Finpay.Generated.Serialization.FinpayJson.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task AssertTookEffectAsync(Sandbox sandbox, string operation)
    {
        if (operation == "deleteCard")
        {
            // The card is gone: paying with it is refused as an unknown card.
            var refused = await Assert.ThrowsAsync<FinpayApiException>(() => sandbox.Client.PayAsync(Requests.Pay("AFTER-" + Guid.NewGuid().ToString("N")[..12], Token)));
            Assert.Equal("4040111", refused.ResponseCode?.ToString());
            return;
        }

        var expected = operation switch
        {
            "initiate" => "INITIATED",
            "pay" => "PAID",
            "refund" => "REFUNDED",
            _ => "CANCELLED",
        };
        Assert.Equal(expected, (await sandbox.Client.CheckStatusAsync("LOST-1")).Data.Result!.Payment!.Status);
    }
}
