using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Finpay.Generated;
using Finpay.Sandbox.Cards;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Xunit;

namespace Finpay.Sandbox.Tests;

public class RecurringTests
{
    private static readonly DateTimeOffset June14 = new(2023, 6, 14, 10, 0, 0, TimeSpan.FromHours(7));

    private static Recurring SeedSchedule() => new()
    {
        Type = RecurringType.PURCHASE, Id = "abcd", Amount = 1000, Interval = "1", IntervalUnit = "monthly", MaxInterval = "2",
        StartDate = "20230715", EndDate = "20240715",
        Retry = new RecurringRetry { Interval = "1", IntervalUnit = "minutes", MaxInterval = "1" },
    };

    [Fact]
    public async Task Nothing_is_charged_until_the_clock_reaches_the_start_date()
    {
        await using var sandbox = await Sandbox.StartAsync(o => o.ClockStart = June14);
        await sandbox.PaidOrderAsync("1686716101151", recurring: SeedSchedule());

        var charges = sandbox.Host.AdvanceClock(TimeSpan.FromDays(30));

        Assert.Empty(charges);
        Assert.Single(sandbox.Host.Ledger.For("1686716101151"));
    }

    [Fact]
    public async Task Advancing_the_clock_makes_each_due_charge_once_with_a_signed_callback()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync(o => o.ClockStart = June14);
        await sandbox.PaidOrderAsync("1686716101151", receiver.Url, recurring: SeedSchedule());
        await receiver.NextAsync();

        var charges = sandbox.Host.AdvanceClock(TimeSpan.FromDays(400));
        // Deliveries run in parallel, as Finpay's do: order them by the charge's date.
        var callbacks = new[] { sandbox.Verifier.Verify(await receiver.NextAsync()), sandbox.Verifier.Verify(await receiver.NextAsync()) }
            .OrderBy(c => c.Callback?.Result?.Payment?.DateTime).ToList();
        var (first, second) = (callbacks[0], callbacks[1]);

        Assert.Equal(new[] { "2023-07-15", "2023-08-15" }, charges.Select(c => c.At.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(charges, c => Assert.Equal(("RECURRING", 1000m, "PAID"), (c.Kind, c.Amount, c.Status)));
        Assert.Equal(new[] { "PAYMENT", "RECURRING", "RECURRING" }, sandbox.Host.Ledger.For("1686716101151").Select(e => e.Kind));
        Assert.True(first.IsValid && second.IsValid);
        Assert.Equal(charges[0].Reference, first.Callback!.Result!.Payment!.Reference);
        Assert.Equal("2023-08-15 00:00:00", second.Callback!.Result!.Payment!.DateTime);
        Assert.Empty(sandbox.Host.AdvanceClock(TimeSpan.FromDays(400)));
    }

    [Fact]
    public async Task A_charge_is_made_when_the_sandbox_time_provider_reaches_its_date_without_advancing_the_clock()
    {
        var time = new FakeTimeProvider(June14);
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync(o => o.TimeProvider = time);
        await sandbox.PaidOrderAsync("1686716101151", receiver.Url, recurring: SeedSchedule());
        await receiver.NextAsync();

        time.Advance(TimeSpan.FromDays(30));
        var beforeTheStartDate = sandbox.Host.Ledger.For("1686716101151");
        time.Advance(TimeSpan.FromDays(1));
        var charge = sandbox.Host.Ledger.For("1686716101151")[^1];
        var callback = sandbox.Verifier.Verify(await receiver.NextAsync()).Callback!;

        Assert.Single(beforeTheStartDate);
        Assert.Equal(("RECURRING", "PAID"), (charge.Kind, charge.Status));
        Assert.Equal(new DateTimeOffset(2023, 7, 15, 0, 0, 0, SandboxClock.JakartaOffset), charge.At);
        Assert.Equal(charge.Reference, callback.Result!.Payment!.Reference);
        Assert.Equal(2, sandbox.Host.Ledger.For("1686716101151").Count);
    }

    [Fact]
    public async Task A_failing_charge_is_retried_per_the_retry_rule_then_reported_failed()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync(o => o.ClockStart = June14);
        await sandbox.PaidOrderAsync("1686716101151", receiver.Url, TestCards.InsufficientFundsLater, SeedSchedule());
        await receiver.NextAsync();

        var charges = sandbox.Host.AdvanceClock(TimeSpan.FromDays(32));
        var callback = sandbox.Verifier.Verify(await receiver.NextAsync()).Callback!;

        Assert.Equal(2, charges.Count);
        Assert.All(charges, c => Assert.Equal("FAILED", c.Status));
        Assert.Equal(TimeSpan.FromMinutes(1), charges[1].At - charges[0].At);
        Assert.Equal("FAILED", callback.Result!.Payment!.Status);
        Assert.Equal("Insufficient funds", callback.Result.Payment.StatusDesc);
    }

    [Fact]
    public async Task A_deleted_card_fails_the_next_charge_and_stops_the_schedule()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await Sandbox.StartAsync(o => o.ClockStart = June14);
        await sandbox.PaidOrderAsync("1686716101151", receiver.Url, recurring: SeedSchedule());
        var token = sandbox.Verifier.Verify(await receiver.NextAsync()).Callback!.Card!.Token!;
        await sandbox.Client.DeleteCardAsync(token);

        var charges = sandbox.Host.AdvanceClock(TimeSpan.FromDays(400));

        Assert.All(charges, c => Assert.Equal("FAILED", c.Status));
        Assert.Equal(2, charges.Count); // the first charge and its one retry, then nothing more
    }

    [Fact]
    public async Task The_control_endpoint_moves_the_clock_and_lists_the_charges()
    {
        await using var sandbox = await Sandbox.StartAsync(o => o.ClockStart = June14);
        await sandbox.PaidOrderAsync("1686716101151", recurring: SeedSchedule());

        using var response = await sandbox.Http.PostAsync("_sandbox/clock/advance", new StringContent("{\"to\":\"2023-07-16T00:00:00+07:00\"}", Encoding.UTF8, "application/json"));
        var body = Newtonsoft.Json.JsonConvert.DeserializeObject<JObject>(await response.Content.ReadAsStringAsync(),
            new Newtonsoft.Json.JsonSerializerSettings { DateParseHandling = Newtonsoft.Json.DateParseHandling.None })!;
        var ledger = JArray.Parse(await sandbox.Http.GetStringAsync("_sandbox/ledger/1686716101151"));

        Assert.Equal("RECURRING", (string)((JArray)body["charges"]!).Single()["kind"]!);
        Assert.Equal(2, ledger.Count);
        Assert.StartsWith("2023-07-16T00:00:00", (string)body["now"]!);
    }

    [Fact]
    public async Task The_clock_only_moves_forward()
    {
        await using var sandbox = await Sandbox.StartAsync();
        using var response = await sandbox.Http.PostAsync("_sandbox/clock/advance", new StringContent("{\"to\":\"2001-01-01T00:00:00+07:00\"}"));
        Assert.Equal(400, (int)response.StatusCode);
    }
}
