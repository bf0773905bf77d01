using System;
using Finpay.Generated.AspNetCore.Endpoint;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Finpay.Generated.AspNetCore;

/// <summary>Maps the endpoint Finpay POSTs its callbacks to.</summary>
public static class FinpayCallbackEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> as Finpay's callback URL (<c>url.callbackUrl</c>). It verifies the
    /// signature with the merchant key of <paramref name="merchantName"/> (the unnamed <c>AddFinpay</c> registration when
    /// null), confirms the status with that merchant's client, runs the <see cref="IFinpayCallbackHandler"/> once per payment
    /// event, and answers Finpay's success envelope only after the handler succeeded.
    /// </summary>
    /// <returns>The endpoint's builder, to add metadata (e.g. <c>.AllowAnonymous()</c>, rate limiting).</returns>
    public static IEndpointConventionBuilder MapFinpayCallbacks(this IEndpointRouteBuilder endpoints, string pattern, string? merchantName = null)
    {
        if (endpoints is null) throw new ArgumentNullException(nameof(endpoints));
        if (string.IsNullOrWhiteSpace(pattern)) throw new ArgumentException("The route pattern is empty.", nameof(pattern));
        if (merchantName is not null && merchantName.Length == 0) throw new ArgumentException("The merchant name is empty; pass null for the unnamed registration.", nameof(merchantName));
        var endpoint = endpoints.ServiceProvider.GetService<CallbackEndpoint>()
                       ?? throw new InvalidOperationException("MapFinpayCallbacks needs services.AddFinpayCallbacks<THandler>() at start-up.");
        RequestDelegate handle = context => endpoint.HandleAsync(context, merchantName);
        return endpoints.MapPost(pattern, handle)
            .WithDisplayName(merchantName is null ? "Finpay callbacks" : "Finpay callbacks (" + merchantName + ")");
    }
}
