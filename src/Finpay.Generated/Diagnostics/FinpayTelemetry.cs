using System.Diagnostics;

namespace Finpay.Generated.Diagnostics;

/// <summary>
/// Names to subscribe to: the SDK logs under <see cref="LoggerCategory"/>, opens one span per call on the
/// <see cref="ActivitySourceName"/> source (<c>AddSource("Finpay.Generated")</c> in OpenTelemetry) and records
/// <see cref="OperationDurationName"/> and <see cref="RetriesName"/> on the <see cref="MeterName"/> meter
/// (<c>AddMeter("Finpay.Generated")</c>).
/// </summary>
public static class FinpayTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> name: <c>Finpay.Generated</c>.</summary>
    public const string ActivitySourceName = "Finpay.Generated";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name: <c>Finpay.Generated</c>, like the activity source.</summary>
    public const string MeterName = "Finpay.Generated";

    /// <summary>The logger category of the SDK's request log: <c>Finpay.Generated</c>.</summary>
    public const string LoggerCategory = "Finpay.Generated";

    /// <summary>
    /// Histogram of the duration of each call, retries included, in seconds. Tags: <c>finpay.operation</c>,
    /// <c>finpay.response_code.class</c> (<c>2xx</c>, <c>4xx</c>, … from Finpay's response code) when Finpay answered,
    /// <c>http.response.status_code</c>, <c>error.type</c> when the call failed, and <c>finpay.client.name</c> for a named client.
    /// </summary>
    public const string OperationDurationName = "finpay.client.operation.duration";

    /// <summary>Counter of retried attempts. Tags: <c>finpay.operation</c>, and <c>finpay.client.name</c> for a named client.</summary>
    public const string RetriesName = "finpay.client.retries";

    internal static readonly ActivitySource Source = new(ActivitySourceName, typeof(FinpayTelemetry).Assembly.GetName().Version?.ToString());
}
