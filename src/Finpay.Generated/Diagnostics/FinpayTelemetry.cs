using System.Diagnostics;

namespace Finpay.Generated.Diagnostics;

/// <summary>
/// Names to subscribe to: the SDK logs under <see cref="LoggerCategory"/> and opens one span per call on the
/// <see cref="ActivitySourceName"/> source (add it to OpenTelemetry with <c>AddSource("Finpay.Generated")</c>).
/// </summary>
public static class FinpayTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> name: <c>Finpay.Generated</c>.</summary>
    public const string ActivitySourceName = "Finpay.Generated";

    /// <summary>The logger category of the SDK's request log: <c>Finpay.Generated</c>.</summary>
    public const string LoggerCategory = "Finpay.Generated";

    internal static readonly ActivitySource Source = new(ActivitySourceName, typeof(FinpayTelemetry).Assembly.GetName().Version?.ToString());
}
