using System;

namespace Finpay.Generated.ContractTests.Provider;

/// <summary>A provider started for verification: where it answers and where it takes provider states.</summary>
internal interface IRunningProvider : IAsyncDisposable
{
    /// <summary>Base address, ending with '/'.</summary>
    Uri BaseAddress { get; }

    /// <summary>The endpoint that receives <c>{"action":"setup","state":...,"params":{...}}</c> before each interaction.</summary>
    Uri ProviderStatesUrl { get; }
}
