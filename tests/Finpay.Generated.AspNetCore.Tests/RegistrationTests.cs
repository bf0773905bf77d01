using System;
using System.Threading.Tasks;
using Finpay.Generated.AspNetCore.Redis;
using Finpay.Generated.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Finpay.Generated.AspNetCore.Tests;

public class RegistrationTests
{
    [Fact]
    public async Task A_retention_shorter_than_the_claim_timeout_fails_at_start_up_naming_both_settings()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => MerchantApp.StartAsync(null, new HandledEvents(), callbacks: o =>
        {
            o.ClaimTimeout = TimeSpan.FromMinutes(10);
            o.HandledRetention = TimeSpan.FromMinutes(5);
        }));

        Assert.Contains("FinpayCallbackOptions.HandledRetention (00:05:00) must be at least ClaimTimeout (00:10:00)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_the_endpoint_without_AddFinpayCallbacks_says_what_to_call()
    {
        var app = WebApplication.CreateSlimBuilder().Build();

        var failure = Assert.Throws<InvalidOperationException>(() => app.MapFinpayCallbacks("/finpay/callback"));

        Assert.Equal("MapFinpayCallbacks needs services.AddFinpayCallbacks<THandler>() at start-up.", failure.Message);
    }

    [Fact]
    public void The_Redis_store_replaces_the_in_memory_one_whichever_is_registered_first()
    {
        var before = new ServiceCollection().AddLogging();
        before.AddFinpayRedisCallbackClaims("127.0.0.1:1");
        before.AddFinpayCallbacks<RecordingHandler>();
        var after = new ServiceCollection().AddLogging();
        after.AddFinpayCallbacks<RecordingHandler>();
        after.AddFinpayRedisCallbackClaims("127.0.0.1:1");

        Assert.Equal("RedisCallbackClaimStore", before.BuildServiceProvider().GetRequiredService<ICallbackClaimStore>().GetType().Name);
        Assert.Equal("RedisCallbackClaimStore", after.BuildServiceProvider().GetRequiredService<ICallbackClaimStore>().GetType().Name);
    }
}
