using System;
using System.Threading;
using System.Threading.Tasks;
using StackExchange.Redis;

namespace Finpay.Generated.AspNetCore.Redis;

/// <summary>
/// Claims in Redis, shared by every instance. A claim is <c>SET key owner NX PX timeout</c>; releasing deletes the key only
/// while it still holds this owner's token, renewing extends its expiry under the same condition, and completing replaces it with a "done" mark kept for the retention time. Each
/// step is one Lua script, so no other instance can act between its read and its write.
/// </summary>
internal sealed class RedisCallbackClaimStore : ICallbackClaimStore
{
    private const string Done = "done";

    private const string ClaimScript = """
        if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 'acquired' end
        if redis.call('GET', KEYS[1]) == 'done' then return 'done' end
        return 'held'
        """;

    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    // Compare-and-extend: only the owner's token moves the expiry, so a lapsed claim another instance took over stays theirs.
    private const string RenewScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return 0
        """;

    private const string CompleteScript = """
        local held = redis.call('GET', KEYS[1]) == ARGV[1]
        redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2])
        if held then return 1 end
        return 0
        """;

    private readonly RedisConnection _connection;
    private readonly string _prefix;

    public RedisCallbackClaimStore(RedisConnection connection, string keyPrefix)
    {
        _connection = connection;
        _prefix = keyPrefix;
    }

    public async Task<CallbackClaim> TryClaimAsync(string key, TimeSpan claimTimeout, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        var database = await _connection.DatabaseAsync().ConfigureAwait(false);
        var found = (string?)await database.ScriptEvaluateAsync(ClaimScript, new RedisKey[] { _prefix + key },
            new RedisValue[] { token, Milliseconds(claimTimeout) }).ConfigureAwait(false);
        return found switch
        {
            "acquired" => new CallbackClaim(key, CallbackClaimStatus.Acquired, token),
            Done => new CallbackClaim(key, CallbackClaimStatus.AlreadyHandled),
            _ => new CallbackClaim(key, CallbackClaimStatus.HeldByAnother),
        };
    }

    public async Task<bool> RenewAsync(CallbackClaim claim, TimeSpan claimTimeout, CancellationToken cancellationToken)
    {
        var database = await _connection.DatabaseAsync().ConfigureAwait(false);
        var renewed = await database.ScriptEvaluateAsync(RenewScript, new RedisKey[] { _prefix + claim.Key },
            new RedisValue[] { claim.OwnerToken, Milliseconds(claimTimeout) }).ConfigureAwait(false);
        return (long)renewed == 1;
    }

    public async Task<bool> CompleteAsync(CallbackClaim claim, TimeSpan retention, CancellationToken cancellationToken)
    {
        var database = await _connection.DatabaseAsync().ConfigureAwait(false);
        var held = await database.ScriptEvaluateAsync(CompleteScript, new RedisKey[] { _prefix + claim.Key },
            new RedisValue[] { claim.OwnerToken, Milliseconds(retention) }).ConfigureAwait(false);
        return (long)held == 1;
    }

    public async Task ReleaseAsync(CallbackClaim claim, CancellationToken cancellationToken)
    {
        var database = await _connection.DatabaseAsync().ConfigureAwait(false);
        await database.ScriptEvaluateAsync(ReleaseScript, new RedisKey[] { _prefix + claim.Key }, new RedisValue[] { claim.OwnerToken }).ConfigureAwait(false);
    }

    private static long Milliseconds(TimeSpan span) => Math.Max(1, (long)Math.Ceiling(span.TotalMilliseconds));
}
