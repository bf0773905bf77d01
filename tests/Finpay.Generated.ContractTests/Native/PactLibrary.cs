using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Finpay.Generated.ContractTests.Native;

/// <summary>
/// Loads libpact_ffi from the pinned npm package (<c>@pact-foundation/pact-core-linux-x64-glibc</c>) instead of searching
/// the system, so every run uses the same Pact core the committed contract was written with.
/// </summary>
internal static class PactLibrary
{
    public const string Name = "pact_ffi";

    public static string FilePath => Path.Combine(
        RepositoryLayout.Root,
        "node_modules", "@pact-foundation", "pact-core-linux-x64-glibc", "prebuilds", "linux-x64", "libpact_ffi.so");

#pragma warning disable CA2255 // A module initializer is the one place a DllImport resolver can be set before any call.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register()
    {
        // The Pact core phones home unless told not to; tests need no network.
        Environment.SetEnvironmentVariable("PACT_DO_NOT_TRACK", "true");
        NativeLibrary.SetDllImportResolver(typeof(PactLibrary).Assembly, Resolve);
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != Name) return IntPtr.Zero;
        var path = FilePath;
        if (!File.Exists(path))
            throw new DllNotFoundException(
                $"libpact_ffi was not found at {path}. Install the pinned npm tools first (npm ci, or ./build.sh).");
        return NativeLibrary.Load(path);
    }
}
