using System;
using Microsoft.Extensions.Logging;

namespace Finpay.Generated.Benchmarks;

/// <summary>
/// A logger that formats every message it is given and throws the text away: the SDK pays the full cost of logging at
/// Information without the benchmark measuring a console.
/// </summary>
internal sealed class DiscardingLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new DiscardingLogger();

    public void Dispose()
    {
    }

    private sealed class DiscardingLogger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) GC.KeepAlive(formatter(state, exception));
        }
    }
}
