namespace Finpay.Generated.Tests.Loopback;

/// <summary>What the loopback server received: the raw request target (escaping intact), headers the SDK sets, and the body.</summary>
internal sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string Accept, string? ContentType, string Body);
