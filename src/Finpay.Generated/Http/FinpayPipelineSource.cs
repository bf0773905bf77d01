using System;
using System.Net.Http;
using Finpay.Generated.Configuration;
using Finpay.Generated.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Finpay.Generated.Http;

/// <summary>The one resilience pipeline of the container: the user's, or the default built once from the options.</summary>
internal sealed class FinpayPipelineSource
{
    private readonly Lazy<ResiliencePipeline<HttpResponseMessage>> _pipeline;

    public FinpayPipelineSource(IOptions<FinpayOptions> options, ILoggerFactory loggerFactory)
    {
        _pipeline = new Lazy<ResiliencePipeline<HttpResponseMessage>>(() =>
            options.Value.ResiliencePipeline
            ?? FinpayResilience.CreateDefaultPipeline(options.Value, loggerFactory.CreateLogger(FinpayTelemetry.LoggerCategory)));
    }

    public ResiliencePipeline<HttpResponseMessage> Pipeline => _pipeline.Value;
}
