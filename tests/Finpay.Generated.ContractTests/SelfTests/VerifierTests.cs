using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Finpay.Generated.ContractTests.Dsl;
using Finpay.Generated.ContractTests.Provider;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Finpay.Generated.ContractTests.SelfTests;

/// <summary>The FFI verifier against a tiny Kestrel provider: provider states arrive, and a broken response names its field.</summary>
public sealed class VerifierTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "finpay-pact-verifier-" + Guid.NewGuid().ToString("N"));
    private string _pactFile = "";

    public async Task InitializeAsync()
    {
        using var pact = new ConsumerPact("VerifierConsumer", "VerifierProvider", _directory);
        pact.UponReceiving("a status check of a paid order")
            .Given("an order is paid", new { orderId = "A-1", amount = "1000" })
            .WithRequest("GET", "/check/A-1")
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { order = new { id = "A-1", amount = Match.Integer(1000) }, processingTime = Match.Decimal(0.5) });
        await pact.VerifyAsync(async baseAddress =>
        {
            using var http = new HttpClient { BaseAddress = baseAddress };
            (await http.GetAsync("check/A-1")).EnsureSuccessStatusCode();
        });
        _pactFile = pact.PactFile!;
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_provider_that_honours_the_pact_passes_after_receiving_its_provider_state()
    {
        var states = new ConcurrentQueue<string>();
        await using var provider = await StubProvider.StartAsync(states, """{"order":{"id":"A-1","amount":1000,"extra":true},"processingTime":0.25}""");

        await PactVerifier.VerifyAsync("VerifierProvider", _pactFile, provider.BaseAddress, provider.StatesUrl);

        var state = JsonDocument.Parse(Assert.Single(states)).RootElement;
        Assert.Equal("setup", state.GetProperty("action").GetString());
        Assert.Equal("an order is paid", state.GetProperty("state").GetString());
        Assert.Equal("A-1", state.GetProperty("params").GetProperty("orderId").GetString());
    }

    [Fact]
    public async Task A_provider_that_sends_the_amount_as_a_string_fails_naming_the_interaction_and_the_field()
    {
        await using var provider = await StubProvider.StartAsync(new ConcurrentQueue<string>(), """{"order":{"id":"A-1","amount":"1000"},"processingTime":0.25}""");

        var failure = await Assert.ThrowsAsync<PactException>(
            () => PactVerifier.VerifyAsync("VerifierProvider", _pactFile, provider.BaseAddress, provider.StatesUrl));

        Assert.Contains("a status check of a paid order", failure.Message);
        Assert.Contains("$.order.amount", failure.Message);
    }

    [Fact]
    public async Task A_provider_that_drops_a_field_fails_naming_it()
    {
        await using var provider = await StubProvider.StartAsync(new ConcurrentQueue<string>(), """{"order":{"id":"A-1","amount":1000}}""");

        var failure = await Assert.ThrowsAsync<PactException>(
            () => PactVerifier.VerifyAsync("VerifierProvider", _pactFile, provider.BaseAddress, provider.StatesUrl));

        Assert.Contains("processingTime", failure.Message);
    }

    /// <summary>A provider with one canned answer and a provider-states endpoint that records what it was sent.</summary>
    private sealed class StubProvider : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private StubProvider(WebApplication app, Uri baseAddress)
        {
            _app = app;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        public Uri StatesUrl => new(BaseAddress, "provider-states");

        public static async Task<StubProvider> StartAsync(ConcurrentQueue<string> states, string checkResponse)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.MapPost("/provider-states", async (HttpRequest request) =>
            {
                using var reader = new StreamReader(request.Body, Encoding.UTF8);
                states.Enqueue(await reader.ReadToEndAsync());
                return Results.Ok();
            });
            app.MapGet("/check/{orderId}", () => Results.Text(checkResponse, "application/json"));
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new StubProvider(app, new Uri(address + "/"));
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
