using System.Diagnostics;
using System.Diagnostics.Metrics;
using Finpay.Generated.Http;

namespace Finpay.Generated.Diagnostics;

/// <summary>The SDK's instruments, on a meter from the container's <see cref="IMeterFactory"/>. Tags never carry a secret.</summary>
internal sealed class FinpayMetrics
{
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _retries;

    public FinpayMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(FinpayTelemetry.MeterName, typeof(FinpayMetrics).Assembly.GetName().Version?.ToString());
        _duration = meter.CreateHistogram<double>(FinpayTelemetry.OperationDurationName, "s", "Duration of Finpay card API calls, retries included.");
        _retries = meter.CreateCounter<long>(FinpayTelemetry.RetriesName, "{retry}", "Attempts of Finpay card API calls sent again.");
    }

    public bool DurationEnabled => _duration.Enabled;

    public void Completed(FinpayCall call, double seconds, int? statusCode, string? responseCodeClass, string? errorType, string outcome)
    {
        var tags = new TagList { { "finpay.operation", call.Operation.Id }, { "finpay.outcome", outcome } };
        if (responseCodeClass is not null) tags.Add("finpay.response_code.class", responseCodeClass);
        if (statusCode is { } status) tags.Add("http.response.status_code", status);
        if (errorType is not null) tags.Add("error.type", errorType);
        if (call.ClientName.Length > 0) tags.Add("finpay.client.name", call.ClientName);
        _duration.Record(seconds, tags);
    }

    public void Retried(FinpayCall? call)
    {
        if (!_retries.Enabled) return;
        var tags = new TagList { { "finpay.operation", call?.Operation.Id ?? "unknown" } };
        if (call is { ClientName.Length: > 0 }) tags.Add("finpay.client.name", call.ClientName);
        _retries.Add(1, tags);
    }
}
