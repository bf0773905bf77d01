using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.Extensions.Logging.Testing;

namespace Finpay.Generated.Tests.Loopback;

/// <summary>
/// What <see cref="FakeLoggerProvider"/> captured, as text: a secret must not appear in the message, the structured state,
/// a scope or an exception, so every one of them is part of an entry.
/// </summary>
internal static class FakeLogText
{
    public static IReadOnlyList<string> Entries(this FakeLoggerProvider logs) =>
        logs.Collector.GetSnapshot().Select(Render).ToList();

    public static string All(this FakeLoggerProvider logs) => string.Join("\n", logs.Entries());

    private static string Render(FakeLogRecord record)
    {
        var text = new StringBuilder($"{record.Level} {record.Category}: {record.Message}");
        if (record.StructuredState is { } pairs)
            text.Append(" | ").Append(string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")));
        foreach (var scope in record.Scopes) text.Append(" | scope ").Append(scope);
        if (record.Exception is not null) text.Append(" | ").Append(record.Exception);
        return text.ToString();
    }
}
