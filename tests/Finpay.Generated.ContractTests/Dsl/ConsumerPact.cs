using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.ContractTests.Native;

namespace Finpay.Generated.ContractTests.Dsl;

/// <summary>
/// One test's slice of a consumer contract: its own Pact handle and its own mock server on 127.0.0.1 (port 0), so tests run
/// in parallel. After the test body passes, its interactions are merged into <c>&lt;consumer&gt;-&lt;provider&gt;.json</c>.
/// </summary>
public sealed class ConsumerPact : IDisposable
{
    // Merging into the pact file is read-modify-write; tests of one run share the file.
    private static readonly SemaphoreSlim WriteLock = new(1, 1);

    // A run starts from an empty file so interactions removed from the tests disappear from the pact.
    private static readonly ConcurrentDictionary<string, bool> StartedFiles = new();

    private readonly ushort _handle;
    private readonly string? _outputDirectory;
    private readonly List<InteractionRecord> _interactions = new();
    private bool _disposed;

    /// <param name="consumer">Consumer name in the pact.</param>
    /// <param name="provider">Provider name in the pact.</param>
    /// <param name="outputDirectory">Where the pact file goes; null to verify without writing (DSL self-tests).</param>
    public ConsumerPact(string consumer, string provider, string? outputDirectory)
    {
        Consumer = consumer;
        Provider = provider;
        _outputDirectory = outputDirectory;
        _handle = PactFfi.NewPact(consumer, provider);
        if (!PactFfi.WithSpecification(_handle, PactSpecification.V4))
            throw new PactException($"pact_ffi refused Pact specification V4: {PactFfi.LastError()}");
    }

    /// <summary>Consumer name.</summary>
    public string Consumer { get; }

    /// <summary>Provider name.</summary>
    public string Provider { get; }

    /// <summary>The file this pact is merged into.</summary>
    public string? PactFile => _outputDirectory is null ? null : Path.Combine(_outputDirectory, $"{Consumer}-{Provider}.json");

    /// <summary>Starts a new interaction; its description names it in the pact and in every failure.</summary>
    public RequestBuilder UponReceiving(string description)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var handle = PactFfi.NewInteraction(_handle, description);
        if (handle == 0) throw new PactException($"pact_ffi could not create interaction '{description}': {PactFfi.LastError()}");
        var record = new InteractionRecord(handle, description);
        _interactions.Add(record);
        return new RequestBuilder(record);
    }

    /// <summary>
    /// Starts the mock server, runs <paramref name="exercise"/> against its base address (ends with '/'), then fails with
    /// every mismatch (interaction, JSON path, expected and actual) or writes the pact.
    /// </summary>
    public async Task VerifyAsync(Func<Uri, Task> exercise)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_interactions.Count == 0) throw new PactException("The pact has no interaction to verify.");

        var port = PactFfi.CreateMockServerForTransport(_handle, "127.0.0.1", 0, "http", null);
        if (port <= 0)
            throw new PactException($"The Pact mock server did not start (code {port}): {PactFfi.LastError() ?? "no detail"}.");

        try
        {
            Exception? exerciseFailure = null;
            try
            {
                await exercise(new Uri($"http://127.0.0.1:{port}/")).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                exerciseFailure = exception;
            }

            if (!PactFfi.MockServerMatched(port))
            {
                var mismatches = PactFfi.ReadBorrowed(PactFfi.MockServerMismatches(port));
                throw new PactException(MismatchReport.Format(mismatches, _interactions), exerciseFailure);
            }

            if (exerciseFailure is not null) ExceptionDispatchInfo.Capture(exerciseFailure).Throw();

            if (_outputDirectory is not null) await WriteAsync(port).ConfigureAwait(false);
        }
        finally
        {
            PactFfi.CleanupMockServer(port);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        PactFfi.FreePactHandle(_handle);
    }

    private async Task WriteAsync(int port)
    {
        var directory = _outputDirectory!;
        var file = PactFile!;
        await WriteLock.WaitAsync().ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(directory);
            if (StartedFiles.TryAdd(file, true) && File.Exists(file)) File.Delete(file);
            var code = PactFfi.WritePactFile(port, directory, overwrite: false);
            if (code != 0)
                throw new PactException($"Writing the pact into {directory} failed with code {code}: {PactFfi.LastError() ?? "no detail"}.");
        }
        finally
        {
            WriteLock.Release();
        }
    }
}
