using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Finpay.Generated;
using Newtonsoft.Json.Linq;
using Finpay.Testing.Fixtures;
using Xunit;

namespace Finpay.Sandbox.Tests;

/// <summary>Finpay sends callbacks more than once: the same again, several copies at once, and an old PAID after a refund.</summary>
public class RedeliveryTests
{
    [Fact]
    public async Task The_same_callback_is_sent_again_byte_for_byte()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync();
        await sandbox.PaidOrderAsync("AGAIN-1", receiver.Url);
        var first = await receiver.NextAsync();

        var sent = sandbox.Host.RedeliverCallback("AGAIN-1");

        Assert.Equal(first, sent);
        Assert.Equal(first, await receiver.NextAsync());
    }

    [Fact]
    public async Task Several_copies_arrive_at_once_from_the_control_API()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync();
        await sandbox.PaidOrderAsync("COPIES-1", receiver.Url);
        var first = await receiver.NextAsync();

        using var answer = await sandbox.Http.PostAsync("_sandbox/callbacks/redeliver",
            new StringContent("{\"orderId\":\"COPIES-1\",\"copies\":5}", Encoding.UTF8, "application/json"));
        answer.EnsureSuccessStatusCode();
        var copies = new string[5];
        for (var i = 0; i < 5; i++) copies[i] = await receiver.NextAsync();

        Assert.All(copies, c => Assert.Equal(first, c));
        await Eventually.TrueAsync(() => sandbox.Host.CallbackDeliveries.Count(d => d.OrderId == "COPIES-1" && d.Delivered) == 6, "six delivered attempts recorded");
    }

    [Fact]
    public async Task An_old_PAID_is_delivered_after_the_order_was_refunded()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync();
        await sandbox.PaidOrderAsync("OLD-1", receiver.Url);
        var paid = await receiver.NextAsync();
        await sandbox.Client.RefundAsync(new RefundRequest { Order = new RefundOrder { Id = "OLD-1", Amount = 1000 } });

        using var answer = await sandbox.Http.PostAsync("_sandbox/callbacks/redeliver",
            new StringContent("{\"orderId\":\"OLD-1\",\"status\":\"PAID\"}", Encoding.UTF8, "application/json"));
        answer.EnsureSuccessStatusCode();
        var late = await receiver.NextAsync();

        Assert.Equal(paid, late);
        Assert.True(sandbox.Verifier.Verify(late).IsValid);
        Assert.Equal("REFUNDED", (await sandbox.Client.CheckStatusAsync("OLD-1")).Data.Result!.Payment!.Status);
    }

    [Fact]
    public async Task Redelivering_a_callback_never_sent_is_refused_with_a_reason()
    {
        await using var sandbox = await Sandbox.StartAsync();

        using var answer = await sandbox.Http.PostAsync("_sandbox/callbacks/redeliver",
            new StringContent("{\"orderId\":\"NONE-1\",\"status\":\"PAID\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(400, (int)answer.StatusCode);
        Assert.Equal("No callback reporting PAID was sent for order NONE-1", (string?)JObject.Parse(await answer.Content.ReadAsStringAsync())["error"]);
        Assert.Throws<InvalidOperationException>(() => sandbox.Host.RedeliverCallback("NONE-1"));
    }

    [Fact]
    public async Task Every_recurring_charge_has_a_payment_reference_of_its_own()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync(o => o.ClockStart = new DateTimeOffset(2023, 6, 14, 10, 0, 0, TimeSpan.FromHours(7)));
        await sandbox.PaidOrderAsync("REF-1", receiver.Url, recurring: Requests.MonthlyTwice());
        var order = sandbox.Verifier.Verify(await receiver.NextAsync()).Callback!;

        sandbox.Host.AdvanceClock(TimeSpan.FromDays(400));
        var charges = new[] { sandbox.Verifier.Verify(await receiver.NextAsync()).Callback!, sandbox.Verifier.Verify(await receiver.NextAsync()).Callback! };

        var references = charges.Select(c => c.Result!.Payment!.Reference).Append(order.Result!.Payment!.Reference).ToList();
        Assert.Equal(3, references.Distinct().Count());
        Assert.All(charges, c => Assert.Equal(c.Result!.Payment!.Reference, c.Order!.Reference));
    }
}
