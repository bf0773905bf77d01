using System;

namespace Finpay.Generated.Configuration;

/// <summary>
/// Everything the client needs: credentials, which host, and time limits. Bind it from configuration (section
/// <see cref="SectionName"/>) or set it in code; it is validated before the first request, with messages that name the setting.
/// </summary>
public sealed class FinpayOptions
{
    /// <summary>The configuration section <c>AddFinpay(IConfiguration)</c> reads when given the configuration root.</summary>
    public const string SectionName = "Finpay";

    /// <summary>Finpay's sandbox host.</summary>
    public static readonly Uri DevelopmentUrl = new("https://devo.finnet.co.id/");

    /// <summary>Finpay's live host.</summary>
    public static readonly Uri ProductionUrl = new("https://live.finnet.co.id/");

    /// <summary>The merchant id Finpay issued (the user name of Basic authentication), e.g. <c>FINPAY770</c>.</summary>
    public string? MerchantId { get; set; }

    /// <summary>The merchant key Finpay issued (the password of Basic authentication). A secret: never logged.</summary>
    public string? MerchantKey { get; set; }

    /// <summary>Which Finpay host to use; <see cref="FinpayEnvironment.Development"/> (the sandbox) unless set.</summary>
    public FinpayEnvironment Environment { get; set; } = FinpayEnvironment.Development;

    /// <summary>
    /// An absolute URL that replaces the host of <see cref="Environment"/> (a proxy, a local simulator). Must be https in
    /// <see cref="FinpayEnvironment.Production"/>.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>How long one attempt may take before it is abandoned. 30 seconds unless set.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a call may take in all, retries included. 90 seconds unless set.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>
    /// How many times a failed request is retried when that is safe (reads on transient failures; initiate, pay and refund
    /// only when nothing was sent; see <see cref="Http.FinpayResilience.IsSafeToRetry"/>). A <c>Retry-After</c> is honoured
    /// when it fits in <see cref="TotalTimeout"/>. 3 unless set; 0 turns retries off.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The base delay of the jittered exponential back-off between retries. 500 ms unless set.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The largest response body read, in bytes; a larger one fails the call instead of filling memory. 1 MiB unless set.</summary>
    public int MaxResponseBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The URL requests go to: <see cref="BaseUrl"/> when set, else the host of <see cref="Environment"/>; always ends with '/'.</summary>
    public Uri ResolveBaseUrl()
    {
        var url = BaseUrl ?? (Environment == FinpayEnvironment.Production ? ProductionUrl : DevelopmentUrl);
        if (!url.IsAbsoluteUri)
            throw new InvalidOperationException($"FinpayOptions.BaseUrl must be an absolute URL; '{url.OriginalString}' is relative.");
        var text = url.GetLeftPart(UriPartial.Path);
        return text.EndsWith("/", StringComparison.Ordinal) ? new Uri(text) : new Uri(text + "/");
    }

    /// <summary>Shows the settings with the merchant key hidden.</summary>
    public override string ToString() =>
        $"FinpayOptions {{ MerchantId = {MerchantId}, MerchantKey = {(string.IsNullOrEmpty(MerchantKey) ? "(not set)" : "***")}, " +
        $"Environment = {Environment}, BaseUrl = {BaseUrl}, Timeout = {Timeout}, TotalTimeout = {TotalTimeout}, MaxRetries = {MaxRetries} }}";

    internal void CopyTo(FinpayOptions target)
    {
        target.MerchantId = MerchantId;
        target.MerchantKey = MerchantKey;
        target.Environment = Environment;
        target.BaseUrl = BaseUrl;
        target.Timeout = Timeout;
        target.TotalTimeout = TotalTimeout;
        target.MaxRetries = MaxRetries;
        target.RetryDelay = RetryDelay;
        target.MaxResponseBodyBytes = MaxResponseBodyBytes;
    }
}
