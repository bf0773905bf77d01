using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Finpay.Generated.Configuration;
using Finpay.Generated.DependencyInjection;
using Finpay.Generated.Tests.Loopback;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit;
using Finpay.Testing.Fixtures;

namespace Finpay.Generated.Tests.Runtime;

public class OptionsTests
{
    private static FinpayOptions Valid() => new() { MerchantId = "FINPAY770", MerchantKey = "SoSecret123" };

    [Theory]
    [InlineData(nameof(FinpayOptions.MerchantId))]
    [InlineData(nameof(FinpayOptions.MerchantKey))]
    public void Missing_credentials_fail_with_a_message_naming_the_setting(string missing)
    {
        var options = Valid();
        if (missing == nameof(FinpayOptions.MerchantId)) options.MerchantId = " ";
        else options.MerchantKey = null;

        var error = Assert.Throws<OptionsValidationException>(() => FinpayClientFactory.Create(options));

        Assert.Contains("Finpay:" + missing, error.Message);
    }

    [Fact]
    public void An_http_base_url_in_production_fails_naming_BaseUrl_and_https()
    {
        var options = Valid();
        options.Environment = FinpayEnvironment.Production;
        options.BaseUrl = new Uri("http://live.finnet.co.id");

        var error = Assert.Throws<OptionsValidationException>(() => FinpayClientFactory.Create(options));

        Assert.Contains("Finpay:BaseUrl must use https", error.Message);
    }

    [Fact]
    public void A_relative_base_url_fails_naming_BaseUrl()
    {
        var options = Valid();
        options.BaseUrl = new Uri("finpay/api", UriKind.Relative);

        var error = Assert.Throws<OptionsValidationException>(() => FinpayClientFactory.Create(options));

        Assert.Contains("Finpay:BaseUrl must be an absolute URL", error.Message);
    }

    [Theory]
    [InlineData("Timeout", "00:00:00")]
    [InlineData("MaxRetries", "-1")]
    [InlineData("MaxResponseBodyBytes", "10")]
    public void Out_of_range_limits_from_configuration_fail_naming_the_setting(string key, string value)
    {
        var configuration = Configuration(("MerchantId", "FINPAY770"), ("MerchantKey", "SoSecret123"), (key, value));
        var services = new ServiceCollection();
        services.AddFinpay(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IFinpayCardClient>());

        Assert.Contains("Finpay:" + key, error.Message);
    }

    [Fact]
    public async Task A_host_with_invalid_options_fails_at_start_up_not_at_the_first_payment()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddFinpay(options => options.MerchantId = "FINPAY770");
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Finpay:MerchantKey", error.Message);
    }

    [Theory]
    [InlineData(FinpayEnvironment.Development, null, "https://devo.finnet.co.id/")]
    [InlineData(FinpayEnvironment.Production, null, "https://live.finnet.co.id/")]
    [InlineData(FinpayEnvironment.Production, "https://proxy.example/finpay", "https://proxy.example/finpay/")]
    public void The_environment_maps_to_the_documented_host_and_base_url_overrides_it(FinpayEnvironment environment, string? baseUrl, string expected)
    {
        var options = Valid();
        options.Environment = environment;
        options.BaseUrl = baseUrl is null ? null : new Uri(baseUrl);

        Assert.Equal(new Uri(expected), options.ResolveBaseUrl());
    }

    [Fact]
    public void ToString_never_shows_the_merchant_key()
    {
        Assert.DoesNotContain("SoSecret123", Valid().ToString());
        Assert.Contains("FINPAY770", Valid().ToString());
    }

    [Fact]
    public void The_non_DI_factory_copies_every_setting()
    {
        var source = new FinpayOptions();
        var target = new FinpayOptions();
        foreach (var property in typeof(FinpayOptions).GetProperties().Where(p => p.CanWrite))
        {
            object value = property.PropertyType switch
            {
                var t when t == typeof(string) => "set-" + property.Name,
                var t when t == typeof(int) => 4242,
                var t when t == typeof(TimeSpan) => TimeSpan.FromSeconds(4242),
                var t when t == typeof(Uri) => new Uri("https://copy.example/"),
                var t when t == typeof(FinpayEnvironment) => FinpayEnvironment.Production,
                var t => throw new InvalidOperationException($"Add a sample value for {property.Name} of type {t}."),
            };
            property.SetValue(source, value);
        }

        source.CopyTo(target);

        foreach (var property in typeof(FinpayOptions).GetProperties().Where(p => p.CanWrite))
            Assert.True(Equals(property.GetValue(source), property.GetValue(target)), $"CopyTo does not copy {property.Name}.");
    }

    [Fact]
    public async Task A_client_bound_from_a_configuration_section_calls_finpay_with_its_credentials()
    {
        await using var server = await LoopbackServer.AnsweringAsync(200, FinpayAnswers.Operation);
        var configuration = Configuration(
            ("MerchantId", TestClients.MerchantId), ("MerchantKey", TestClients.MerchantKey), ("BaseUrl", server.BaseUrl.ToString()), ("Timeout", "00:00:05"));
        var services = new ServiceCollection();
        services.AddFinpay(configuration);
        using var provider = services.BuildServiceProvider();

        var response = await provider.GetRequiredService<IFinpayCardClient>().CancelAsync("ORDER-1");

        Assert.Equal("2000000", response.ResponseCode);
        Assert.Equal(TestClients.ExpectedAuthorization, Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task Calling_AddFinpay_twice_adds_configuration_but_not_a_second_set_of_handlers()
    {
        await using var server = await LoopbackServer.AnsweringAsync(200, FinpayAnswers.Operation);
        var logs = new FakeLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddProvider(logs));
        services.AddFinpay(options => TestClients.Configure(options, server.BaseUrl));
        services.AddFinpay(options => options.MerchantKey = "Rotated456");
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IFinpayCardClient>().VoidAsync("ORDER-1");

        Assert.Single(logs.Entries(), e => e.Contains("answered 200"));
        Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("FINPAY770:Rotated456")), Assert.Single(server.Requests).Authorization);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>("Finpay:" + s.Key, s.Value)))
            .Build()
            .GetSection(FinpayOptions.SectionName);
}
