using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Finpay.Generated.Tests.Loopback;

/// <summary>Captures every log entry of every category: message, structured state, scopes and exception text.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => _entries.ToList();

    public string All => string.Join("\n", _entries);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger : ILogger
    {
        private readonly string _category;
        private readonly ConcurrentQueue<string> _entries;
        private readonly List<object?> _scopes = new();

        public Logger(string category, ConcurrentQueue<string> entries)
        {
            _category = category;
            _entries = entries;
        }

        public IDisposable BeginScope<TState>(TState state) where TState : notnull
        {
            lock (_scopes) _scopes.Add(state);
            return new Scope(() => { lock (_scopes) _scopes.Remove(state); });
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new StringBuilder($"{logLevel} {_category}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
                text.Append(" | ").Append(string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")));
            lock (_scopes)
                foreach (var scope in _scopes) text.Append(" | scope ").Append(scope);
            if (exception is not null) text.Append(" | ").Append(exception);
            _entries.Enqueue(text.ToString());
        }
    }

    private sealed class Scope(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
