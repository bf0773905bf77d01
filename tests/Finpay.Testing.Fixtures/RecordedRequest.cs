namespace Finpay.Testing.Fixtures;

/// <summary>What the loopback server received: the raw request target (escaping intact), headers the SDK sets, and the body.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string Accept, string? ContentType, string Body);
