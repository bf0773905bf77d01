using System;
using System.Threading.Tasks;
using Finpay.Sandbox;

namespace Finpay.Generated.ContractTests.Provider;

/// <summary>
/// The provider the committed pact is verified against: the Finpay sandbox (src/Finpay.Sandbox), hosted in process on
/// 127.0.0.1 with an OS-chosen port. The only place that knows how to start it.
/// </summary>
internal static class FinpayProviderHost
{
    public static async Task<IRunningProvider> StartAsync() =>
        new RunningSandbox(await SandboxHost.StartAsync(new SandboxOptions { Port = 0 }));

    private sealed class RunningSandbox : IRunningProvider
    {
        private readonly SandboxHost _sandbox;

        public RunningSandbox(SandboxHost sandbox) => _sandbox = sandbox;

        public Uri BaseAddress => _sandbox.BaseAddress;

        public Uri ProviderStatesUrl => new(_sandbox.BaseAddress, "provider-states");

        public ValueTask DisposeAsync() => _sandbox.DisposeAsync();
    }
}
