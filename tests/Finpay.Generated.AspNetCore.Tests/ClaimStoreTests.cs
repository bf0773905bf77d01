using System;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.AspNetCore.Claims;
using Finpay.Generated.AspNetCore.Redis;
using Finpay.Generated.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.AspNetCore.Tests;

/// <summary>The claim rules both stores keep: one holder, release only by the holder, handled is remembered, claims lapse.</summary>
public sealed class ClaimStoreTests : IAsyncLifetime
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private RedisServer _redis = null!;
    private ConnectionMultiplexer _multiplexer = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _multiplexer = await ConnectionMultiplexer.ConnectAsync(_redis.Configuration);
    }

    public async Task DisposeAsync()
    {
        await _multiplexer.DisposeAsync();
        await _redis.DisposeAsync();
    }

    private RedisCallbackClaimStore Redis() => new(RedisConnection.Shared(_multiplexer), "test:");

    public static TheoryData<string> Stores => new() { "memory", "redis" };

    private ICallbackClaimStore Store(string kind) => kind == "redis" ? Redis() : new InMemoryCallbackClaimStore(TimeProvider.System);

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Only_the_first_claim_is_acquired_and_the_others_see_it_held(string kind)
    {
        var store = Store(kind);
        var first = await store.TryClaimAsync("event-1", Minute, CancellationToken.None);
        var second = await store.TryClaimAsync("event-1", Minute, CancellationToken.None);

        Assert.Equal(CallbackClaimStatus.Acquired, first.Status);
        Assert.Equal(CallbackClaimStatus.HeldByAnother, second.Status);
        Assert.Null(second.OwnerToken);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_release_by_someone_who_does_not_hold_the_claim_changes_nothing(string kind)
    {
        var store = Store(kind);
        var held = await store.TryClaimAsync("event-2", Minute, CancellationToken.None);
        await store.ReleaseAsync(new CallbackClaim("event-2", CallbackClaimStatus.Acquired, "someone-else"), CancellationToken.None);
        Assert.Equal(CallbackClaimStatus.HeldByAnother, (await store.TryClaimAsync("event-2", Minute, CancellationToken.None)).Status);

        await store.ReleaseAsync(held, CancellationToken.None);

        Assert.Equal(CallbackClaimStatus.Acquired, (await store.TryClaimAsync("event-2", Minute, CancellationToken.None)).Status);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_completed_claim_answers_already_handled_and_cannot_be_released(string kind)
    {
        var store = Store(kind);
        var held = await store.TryClaimAsync("event-3", Minute, CancellationToken.None);

        Assert.True(await store.CompleteAsync(held, Week, CancellationToken.None));
        await store.ReleaseAsync(held, CancellationToken.None);

        Assert.Equal(CallbackClaimStatus.AlreadyHandled, (await store.TryClaimAsync("event-3", Minute, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task In_memory_a_claim_lapses_after_its_timeout_and_a_handled_mark_after_its_retention()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-29T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var store = new InMemoryCallbackClaimStore(time);
        var lost = await store.TryClaimAsync("event-4", Minute, CancellationToken.None);

        time.Advance(Minute);
        var takeover = await store.TryClaimAsync("event-4", Minute, CancellationToken.None);
        Assert.Equal(CallbackClaimStatus.Acquired, takeover.Status);
        Assert.False(await store.CompleteAsync(lost, Week, CancellationToken.None));
        time.Advance(Week - TimeSpan.FromSeconds(1));
        Assert.Equal(CallbackClaimStatus.AlreadyHandled, (await store.TryClaimAsync("event-4", Minute, CancellationToken.None)).Status);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(CallbackClaimStatus.Acquired, (await store.TryClaimAsync("event-4", Minute, CancellationToken.None)).Status);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Only_the_owner_renews_a_claim_and_a_completed_claim_is_not_renewed(string kind)
    {
        var store = Store(kind);
        var held = await store.TryClaimAsync("event-7", Minute, CancellationToken.None);

        Assert.False(await store.RenewAsync(new CallbackClaim("event-7", CallbackClaimStatus.Acquired, "someone-else"), Minute, CancellationToken.None));
        Assert.True(await store.RenewAsync(held, Minute, CancellationToken.None));
        await store.CompleteAsync(held, Week, CancellationToken.None);
        Assert.False(await store.RenewAsync(held, Minute, CancellationToken.None));
        Assert.Equal(CallbackClaimStatus.AlreadyHandled, (await store.TryClaimAsync("event-7", Minute, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task In_memory_a_renewed_claim_outlives_its_first_timeout_and_an_unrenewed_one_lapses()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryCallbackClaimStore(time);
        var held = await store.TryClaimAsync("event-8", Minute, CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(40));
        Assert.True(await store.RenewAsync(held, Minute, CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(40));
        Assert.Equal(CallbackClaimStatus.HeldByAnother, (await store.TryClaimAsync("event-8", Minute, CancellationToken.None)).Status);

        time.Advance(TimeSpan.FromSeconds(20));
        Assert.False(await store.RenewAsync(held, Minute, CancellationToken.None));
        Assert.Equal(CallbackClaimStatus.Acquired, (await store.TryClaimAsync("event-8", Minute, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task In_Redis_renewal_moves_the_expiry_of_the_owners_claim_only()
    {
        var store = Redis();
        var held = await store.TryClaimAsync("event-9", TimeSpan.FromSeconds(10), CancellationToken.None);
        var database = _multiplexer.GetDatabase();

        Assert.True(await store.RenewAsync(held, Minute, CancellationToken.None));
        Assert.InRange((await database.KeyTimeToLiveAsync("test:event-9"))!.Value, TimeSpan.FromSeconds(50), Minute);
        Assert.False(await store.RenewAsync(new CallbackClaim("event-9", CallbackClaimStatus.Acquired, "someone-else"), TimeSpan.FromDays(1), CancellationToken.None));
        Assert.InRange((await database.KeyTimeToLiveAsync("test:event-9"))!.Value, TimeSpan.FromSeconds(50), Minute);
    }

    [Fact]
    public async Task In_memory_lapsed_entries_are_swept_so_memory_stays_bounded()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryCallbackClaimStore(time);
        for (var i = 0; i < 100; i++) await store.TryClaimAsync("event-" + i, Minute, CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(2));
        await store.TryClaimAsync("one-more", Minute, CancellationToken.None);

        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task In_Redis_a_claim_and_a_handled_mark_carry_their_expiry()
    {
        var store = Redis();
        var held = await store.TryClaimAsync("event-5", Minute, CancellationToken.None);
        var database = _multiplexer.GetDatabase();

        var claimTtl = await database.KeyTimeToLiveAsync("test:event-5");
        Assert.Equal(held.OwnerToken, (string?)await database.StringGetAsync("test:event-5"));
        Assert.InRange(claimTtl!.Value, TimeSpan.FromSeconds(50), Minute);

        await store.CompleteAsync(held, Week, CancellationToken.None);

        Assert.Equal("done", (string?)await database.StringGetAsync("test:event-5"));
        Assert.InRange((await database.KeyTimeToLiveAsync("test:event-5"))!.Value, Week - Minute, Week);
    }

    [Fact]
    public async Task In_Redis_a_lapsed_claim_can_be_taken_over_and_the_late_holder_is_told()
    {
        var store = Redis();
        var lost = await store.TryClaimAsync("event-6", TimeSpan.FromMinutes(1), CancellationToken.None);
        // The holder's process died: its claim lapses (expired here at once instead of waiting a minute).
        await _multiplexer.GetDatabase().KeyExpireAsync("test:event-6", TimeSpan.FromMilliseconds(1));
        await Eventually.TrueAsync(() => !_multiplexer.GetDatabase().KeyExists("test:event-6"), "the claim to lapse");

        var takeover = await store.TryClaimAsync("event-6", Minute, CancellationToken.None);

        Assert.Equal(CallbackClaimStatus.Acquired, takeover.Status);
        Assert.False(await store.CompleteAsync(lost, Week, CancellationToken.None));
    }
}
