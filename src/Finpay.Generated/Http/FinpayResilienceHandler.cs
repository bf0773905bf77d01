using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;

namespace Finpay.Generated.Http;

/// <summary>Runs every attempt of a request through the resilience pipeline (time-outs, safe retries).</summary>
internal sealed class FinpayResilienceHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public FinpayResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) => _pipeline = pipeline;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content and not SendTrackingContent)
            request.Content = new SendTrackingContent(content);

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(FinpayResilience.RequestKey, request);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (ctx, state) => new ValueTask<HttpResponseMessage>(state.Handler.SendAttemptAsync(state.Request, ctx.CancellationToken)),
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
