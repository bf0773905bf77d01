using System;
using System.Net.Http;
using Finpay.Generated.Configuration;
using Finpay.Generated.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Finpay.Generated.Http;

/// <summary>The way every request of a Finpay client travels, in order, in one place.</summary>
internal static class FinpayPipeline
{
    /// <summary>
    /// Builds the pipeline of the <c>HttpClient</c> behind the client registered as <paramref name="name"/>, outermost first
    /// (the client itself, around it, validates the request, reads the answer and reports the call):
    /// <list type="number">
    /// <item>per call: <see cref="FinpayResilienceHandler"/> (time-outs, and retries by <see cref="FinpayResilience"/>'s rule);</item>
    /// <item>per attempt: <see cref="FinpayAttemptHandler"/> (Authorization, bounded read of the answer);</item>
    /// <item>per attempt: the user's own handlers, added to the builder <c>AddFinpay</c> returns;</item>
    /// <item>the socket handler, which never follows a redirect.</item>
    /// </list>
    /// </summary>
    public static IHttpClientBuilder Build(IHttpClientBuilder http, string name)
    {
        // The factory's own loggers write full URLs, and delete-card's URL carries the card token.
        http.RemoveAllLoggers();
        // A redirect would send a payment again, to another address (a 307 repeats the POST and its body): report it instead.
        http.ConfigurePrimaryHttpMessageHandler((handler, _) => DisableRedirects(handler));

        http.AddHttpMessageHandler(provider => new FinpayResilienceHandler(
            provider.GetRequiredService<IOptionsMonitor<FinpayOptions>>(),
            name,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<FinpayMetrics>(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(FinpayTelemetry.LoggerCategory)));
        http.AddHttpMessageHandler(provider => new FinpayAttemptHandler(provider.GetRequiredService<IOptionsMonitor<FinpayOptions>>(), name));
        return http;
    }

    private static void DisableRedirects(HttpMessageHandler handler)
    {
        switch (handler)
        {
#if NET
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
#endif
            case HttpClientHandler client:
                client.AllowAutoRedirect = false;
                break;
        }
    }
}
