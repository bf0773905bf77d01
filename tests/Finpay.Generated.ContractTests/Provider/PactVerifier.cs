using System;
using System.Threading.Tasks;
using Finpay.Generated.ContractTests.Dsl;
using Finpay.Generated.ContractTests.Native;

namespace Finpay.Generated.ContractTests.Provider;

/// <summary>
/// Replays a pact file against a running provider with pact_ffi's verifier: before each interaction it POSTs the
/// interaction's provider states to <c>providerStates</c>, then sends the request and matches the response.
/// </summary>
internal static class PactVerifier
{
    /// <summary>Verifies and throws a <see cref="PactException"/> with the verifier's report when the provider breaks the pact.</summary>
    public static async Task VerifyAsync(string providerName, string pactFile, Uri provider, Uri providerStates)
    {
        // The verifier blocks its thread while the provider (in this process) answers on others.
        var (code, output) = await Task.Run(() => Run(providerName, pactFile, provider, providerStates)).ConfigureAwait(false);
        if (code == 0) return;
        var meaning = code switch
        {
            1 => "the provider broke the contract",
            2 => "the verifier failed to run",
            4 => "the verifier was given invalid arguments",
            _ => "unexpected result",
        };
        throw new PactException($"Provider verification of {pactFile} against {provider} failed (code {code}: {meaning}).\n{output}");
    }

    private static (int Code, string Output) Run(string providerName, string pactFile, Uri provider, Uri providerStates)
    {
        var verifier = PactFfi.VerifierNewForApplication("Finpay.Generated.ContractTests", "1.0.0");
        if (verifier == IntPtr.Zero) throw new PactException($"pact_ffi could not create a verifier: {PactFfi.LastError()}");
        try
        {
            PactFfi.VerifierSetProviderInfo(verifier, providerName, provider.Scheme, provider.Host, checked((ushort)provider.Port), provider.AbsolutePath);
            PactFfi.VerifierSetProviderState(verifier, providerStates.ToString(), teardown: 0, body: 1);
            PactFfi.VerifierSetVerificationOptions(verifier, disableSslVerification: 0, requestTimeoutMilliseconds: 10_000);
            PactFfi.VerifierSetColouredOutput(verifier, 0);
            PactFfi.VerifierSetNoPactsIsError(verifier, 1);
            PactFfi.VerifierAddFileSource(verifier, pactFile);
            var code = PactFfi.VerifierExecute(verifier);
            var output = PactFfi.ReadOwned(PactFfi.VerifierOutput(verifier, stripAnsi: 1)) ?? "(the verifier gave no output)";
            return (code, output);
        }
        finally
        {
            PactFfi.VerifierShutdown(verifier);
        }
    }
}
