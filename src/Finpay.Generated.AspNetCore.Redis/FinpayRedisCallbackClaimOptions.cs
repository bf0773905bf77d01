namespace Finpay.Generated.AspNetCore.Redis;

/// <summary>Where the Redis claim store keeps its claims.</summary>
public sealed class FinpayRedisCallbackClaimOptions
{
    /// <summary>The prefix of every key the store writes, <c>finpay:callback:</c> unless set; give each app its own when they share a Redis.</summary>
    public string KeyPrefix { get; set; } = "finpay:callback:";

    /// <summary>
    /// The StackExchange.Redis configuration string, e.g. <c>redis.internal:6379,password=...</c>. Used when no connection is
    /// given in code. A secret when it holds a password: never logged.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>Shows the settings, without the configuration string (it may hold a password).</summary>
    public override string ToString() => $"FinpayRedisCallbackClaimOptions {{ KeyPrefix = {KeyPrefix}, Configuration = {(string.IsNullOrEmpty(Configuration) ? "(not set)" : "***")} }}";
}
