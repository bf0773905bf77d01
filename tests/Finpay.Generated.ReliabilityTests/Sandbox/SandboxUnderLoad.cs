using Xunit;

namespace Finpay.Generated.ReliabilityTests.Sandbox;

/// <summary>
/// The load test saturates both cores; the fault storm relies on short time-outs. They run one after the other, never side
/// by side, so that neither's timing is the other's noise.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SandboxUnderLoad
{
    public const string Name = "Sandbox under load";
}
