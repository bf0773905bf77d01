using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Finpay.Testing.Fixtures;
using Finpay.Generated.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

// These tests build invalid requests on purpose, as values arriving at run time would be; written as constants, FINPAY001
// and FINPAY002 stop them at compile time, which is the analyzer's job but not what is tested here.
#pragma warning disable FINPAY001, FINPAY002

namespace Finpay.Generated.Tests.Validation;

/// <summary>The client against a real Kestrel server on 127.0.0.1 that counts every request it receives.</summary>
public sealed class ClientValidationTests : IAsyncLifetime
{
    private const string Success = """{"responseCode":"2000000","responseMessage":"Success","data":{}}""";
    private WebApplication _server = null!;
    private FinpayTestClient _sdk = null!;
    private int _requests;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _server = builder.Build();
        _server.Run(async context =>
        {
            Interlocked.Increment(ref _requests);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Success);
        });
        await _server.StartAsync();
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _sdk = TestClients.Create(new Uri(address + "/"));
    }

    public async Task DisposeAsync()
    {
        _sdk.Dispose();
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Pay_with_an_over_long_order_id_and_no_mobile_phone_sends_nothing_and_names_both_paths()
    {
        var payment = RequestFactory.OneClickPayment();
        payment.Order.Id = "ORDER-" + new string('9', 25);
        payment.Customer.MobilePhone = null!;

        var exception = await Assert.ThrowsAsync<FinpayValidationException>(() => _sdk.Client.PayAsync(payment));

        Assert.Equal(new[] { "order.id", "customer.mobilePhone" }, exception.Errors.Select(e => e.Path));
        Assert.Contains("order.id", exception.Message, StringComparison.Ordinal);
        Assert.Contains("customer.mobilePhone", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, _requests);
    }

    [Fact]
    public async Task A_valid_payment_reaches_the_server_exactly_once()
    {
        var response = await _sdk.Client.PayAsync(RequestFactory.OneClickPayment());

        Assert.Equal("2000000", response.ResponseCode);
        Assert.Equal(1, _requests);
    }

    [Fact]
    public async Task Initiate_and_refund_are_validated_before_sending_too()
    {
        var initiate = RequestFactory.RecurringInitiate();
        initiate.Recurring!.Amount = null;
        var refund = new RefundRequest { Order = new RefundOrder { Id = "1686716101151", Amount = 1.5m } };
        var client = _sdk.Client;

        var initiateError = await Assert.ThrowsAsync<FinpayValidationException>(() => client.InitiateAsync(initiate));
        var refundError = await Assert.ThrowsAsync<FinpayValidationException>(() => client.RefundAsync(refund));

        Assert.Equal("recurring.amount", initiateError.Errors.Single().Path);
        Assert.Equal("order.amount", refundError.Errors.Single().Path);
        Assert.Equal(0, _requests);
    }

    [Fact]
    public async Task Check_cancel_and_void_with_an_invalid_order_id_send_nothing_and_name_order_id()
    {
        var client = _sdk.Client;
        var tooLong = new string('1', 31);

        var check = await Assert.ThrowsAsync<FinpayValidationException>(() => client.CheckStatusAsync(tooLong));
        var cancel = await Assert.ThrowsAsync<FinpayValidationException>(() => client.CancelAsync("order/1"));
        var voided = await Assert.ThrowsAsync<FinpayValidationException>(() => client.VoidAsync(string.Empty));

        Assert.Equal(("orderId", "maxLength"), (check.Errors.Single().Path, check.Errors.Single().Rule));
        Assert.Equal(("orderId", "pattern"), (cancel.Errors.Single().Path, cancel.Errors.Single().Rule));
        Assert.Equal(("orderId", "minLength"), (voided.Errors.Single().Path, voided.Errors.Single().Rule));
        Assert.Equal(0, _requests);
        await client.CheckStatusAsync("1686716101151");
        Assert.Equal(1, _requests);
    }

    [Fact]
    public async Task Delete_card_with_a_malformed_token_sends_nothing_and_never_echoes_the_token()
    {
        var token = RequestFactory.StoredCardToken.Substring(0, 63) + "Z";

        var exception = await Assert.ThrowsAsync<FinpayValidationException>(() => _sdk.Client.DeleteCardAsync(token));

        Assert.Equal(("cardToken", "pattern"), (exception.Errors.Single().Path, exception.Errors.Single().Rule));
        Assert.DoesNotContain(token, exception.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, _requests);
    }

    [Fact]
    public void Every_request_body_of_the_client_is_validated_while_serializing()
    {
        var bodies = typeof(IFinpayCardClient).GetMethods()
            .SelectMany(m => m.GetParameters())
            .Where(p => p.Name == "body")
            .Select(p => p.ParameterType)
            .Distinct()
            .OrderBy(t => t.Name);

        Assert.Equal(bodies, ValidatingContractResolver.ValidatedBodyTypes.OrderBy(t => t.Name));
    }
}
