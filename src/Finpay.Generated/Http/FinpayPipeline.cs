using System;
using System.Net.Http;
using Finpay.Generated.Configuration;
using Finpay.Generated.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
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
    /// <item>the resilience pipeline: total time-out, safe retries, time-out per attempt (<see cref="FinpayResilience"/>);</item>
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

        http.AddResilienceHandler(FinpayResilience.PipelineName, (builder, context) =>
        {
            // The client reports every call and the pipeline every retry (log line, span, finpay.client.* metrics). Polly's own
            // telemetry would add a second Information line per call ("Execution attempt") and its event reporting to every
            // call's CPU, for what those already say.
            builder.TelemetryListener = null;
            var provider = context.ServiceProvider;
            // The time-outs and retry delays run on the registered clock (the system's unless a test or host replaces it).
            var time = provider.GetRequiredService<TimeProvider>();
            builder.TimeProvider = time;
            context.EnableReloads<FinpayOptions>(name);
            context.EnableReloads<HttpRetryStrategyOptions>(FinpayResilience.RetryOptionsName(name));
            FinpayResilience.Build(
                builder,
                context.GetOptions<FinpayOptions>(name),
                context.GetOptions<HttpRetryStrategyOptions>(FinpayResilience.RetryOptionsName(name)),
                provider.GetRequiredService<FinpayMetrics>(),
                provider.GetRequiredService<ILoggerFactory>().CreateLogger(FinpayTelemetry.LoggerCategory),
                time);
        });

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
