using System;
using System.Runtime.InteropServices;

namespace Finpay.Generated.ContractTests.Native;

/// <summary>
/// The slice of libpact_ffi (Pact reference core 0.5.x) the contract tests use: consumer pacts with an in-process mock
/// server, and the provider verifier. Signatures follow pact_ffi's <c>pact.h</c>; handles are plain integers there.
/// </summary>
internal static partial class PactFfi
{
    private const string Library = PactLibrary.Name;

    // ---------------------------------------------------------------- consumer side

    [LibraryImport(Library, EntryPoint = "pactffi_new_pact", StringMarshalling = StringMarshalling.Utf8)]
    public static partial ushort NewPact(string consumerName, string providerName);

    [LibraryImport(Library, EntryPoint = "pactffi_with_specification")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool WithSpecification(ushort pact, PactSpecification version);

    [LibraryImport(Library, EntryPoint = "pactffi_new_interaction", StringMarshalling = StringMarshalling.Utf8)]
    public static partial uint NewInteraction(ushort pact, string description);

    [LibraryImport(Library, EntryPoint = "pactffi_given", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool Given(uint interaction, string description);

    /// <returns>0 on success, 1 when the interaction can no longer change, 2 when the params are not JSON, 3 on bad strings.</returns>
    [LibraryImport(Library, EntryPoint = "pactffi_given_with_params", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int GivenWithParams(uint interaction, string description, string paramsJson);

    [LibraryImport(Library, EntryPoint = "pactffi_with_request", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool WithRequest(uint interaction, string method, string path);

    [LibraryImport(Library, EntryPoint = "pactffi_with_header_v2", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool WithHeader(uint interaction, InteractionPart part, string name, nuint index, string value);

    [LibraryImport(Library, EntryPoint = "pactffi_with_body", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool WithBody(uint interaction, InteractionPart part, string contentType, string body);

    [LibraryImport(Library, EntryPoint = "pactffi_response_status")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool ResponseStatus(uint interaction, ushort status);

    /// <returns>The bound port, or a negative error code (-1 bad handle, -3 could not start, -4 panic, -5 bad address).</returns>
    [LibraryImport(Library, EntryPoint = "pactffi_create_mock_server_for_transport", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int CreateMockServerForTransport(ushort pact, string address, ushort port, string transport, string? transportConfig);

    [LibraryImport(Library, EntryPoint = "pactffi_mock_server_matched")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool MockServerMatched(int port);

    /// <summary>JSON array of mismatches; the string belongs to the mock server and is freed by its cleanup.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_mock_server_mismatches")]
    public static partial IntPtr MockServerMismatches(int port);

    [LibraryImport(Library, EntryPoint = "pactffi_cleanup_mock_server")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool CleanupMockServer(int port);

    /// <returns>0 on success, 1 general panic, 2 the file could not be written, 3 no mock server on that port.</returns>
    [LibraryImport(Library, EntryPoint = "pactffi_write_pact_file", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int WritePactFile(int port, string directory, [MarshalAs(UnmanagedType.U1)] bool overwrite);

    [LibraryImport(Library, EntryPoint = "pactffi_free_pact_handle")]
    public static partial uint FreePactHandle(ushort pact);

    /// <summary>Copies the last error of this thread into <paramref name="buffer"/>; returns its length or a negative code.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_get_error_message")]
    public static partial int GetErrorMessage(byte[] buffer, int length);

    [LibraryImport(Library, EntryPoint = "pactffi_free_string")]
    public static partial void FreeString(IntPtr value);

    [LibraryImport(Library, EntryPoint = "pactffi_version")]
    public static partial IntPtr Version();

    // ---------------------------------------------------------------- provider side

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_new_for_application", StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr VerifierNewForApplication(string name, string version);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_provider_info", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void VerifierSetProviderInfo(IntPtr verifier, string name, string scheme, string host, ushort port, string path);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_provider_state", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void VerifierSetProviderState(IntPtr verifier, string url, byte teardown, byte body);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_verification_options")]
    public static partial int VerifierSetVerificationOptions(IntPtr verifier, byte disableSslVerification, ulong requestTimeoutMilliseconds);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_coloured_output")]
    public static partial int VerifierSetColouredOutput(IntPtr verifier, byte coloured);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_no_pacts_is_error")]
    public static partial int VerifierSetNoPactsIsError(IntPtr verifier, byte isError);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_add_file_source", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void VerifierAddFileSource(IntPtr verifier, string file);

    /// <returns>0 verified, 1 verification failed, 2 the verifier panicked, 4 invalid arguments.</returns>
    [LibraryImport(Library, EntryPoint = "pactffi_verifier_execute")]
    public static partial int VerifierExecute(IntPtr verifier);

    /// <summary>The verifier's report; free with <see cref="FreeString"/>.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_verifier_output")]
    public static partial IntPtr VerifierOutput(IntPtr verifier, byte stripAnsi);

    /// <summary>The verification result as JSON; free with <see cref="FreeString"/>.</summary>
    [LibraryImport(Library, EntryPoint = "pactffi_verifier_json")]
    public static partial IntPtr VerifierJson(IntPtr verifier);

    [LibraryImport(Library, EntryPoint = "pactffi_verifier_shutdown")]
    public static partial void VerifierShutdown(IntPtr verifier);

    // ---------------------------------------------------------------- strings

    /// <summary>Reads a string the library owns (does not free it).</summary>
    public static string? ReadBorrowed(IntPtr value) => value == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(value);

    /// <summary>Reads a string the caller owns and frees it.</summary>
    public static string? ReadOwned(IntPtr value)
    {
        if (value == IntPtr.Zero) return null;
        try { return Marshal.PtrToStringUTF8(value); }
        finally { FreeString(value); }
    }

    /// <summary>The last error the library recorded on this thread, or null.</summary>
    public static string? LastError()
    {
        var buffer = new byte[4096];
        var length = GetErrorMessage(buffer, buffer.Length);
        if (length <= 0) return null;
        var end = Array.IndexOf(buffer, (byte)0);
        return System.Text.Encoding.UTF8.GetString(buffer, 0, end < 0 ? Math.Min(length, buffer.Length) : end);
    }
}
