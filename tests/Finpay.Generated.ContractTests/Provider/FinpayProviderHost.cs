using System;
using System.Threading.Tasks;

namespace Finpay.Generated.ContractTests.Provider;

/// <summary>
/// The provider the committed pact is verified against: the Finpay sandbox (src/Finpay.Sandbox), hosted in process on
/// 127.0.0.1 with an OS-chosen port. The only place that knows how to start it.
/// </summary>
internal static class FinpayProviderHost
{
    /// <summary>Why verification cannot run yet; null once the sandbox is in the solution.</summary>
    public const string? Unavailable = "Finpay.Sandbox (src/Finpay.Sandbox) is not in this branch yet; the verification switches on when it is.";

    public static Task<IRunningProvider> StartAsync() => throw new NotSupportedException(Unavailable);
}
