using System;

namespace Finpay.Cli.Demo;

/// <summary>What <c>finpay demo</c> runs against: the embedded sandbox (no base URL) or a Finpay environment.</summary>
internal sealed record DemoSettings(Uri? BaseUrl, string? MerchantId, string? MerchantKey, Uri? CallbackUrl, TimeSpan CallbackTimeout);
