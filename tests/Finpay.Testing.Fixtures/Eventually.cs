using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;

namespace Finpay.Testing.Fixtures;

/// <summary>
/// The one polling helper: waits for something another thread or process records when no event exists to await (a delivery
/// log entry, a ledger line). The deadline is generous; it only turns a hang into a failure, never decides an outcome.
/// </summary>
public static class Eventually
{
    /// <summary>How long a condition may take before the wait is reported as a hang.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    /// <summary>Returns once <paramref name="condition"/> holds.</summary>
    public static Task TrueAsync(Func<bool> condition, string what) => TrueAsync(() => Task.FromResult(condition()), what);

    /// <summary>Returns once <paramref name="condition"/> (one that must ask something, e.g. a control endpoint) holds.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > Deadline) throw new TimeoutException($"Still not true after {Deadline.TotalSeconds:0} seconds: {what}.");
            await Task.Delay(Poll);
        }
    }

    /// <summary>Waits for <paramref name="task"/>, an event that is bound to come (a process's exit, a line it prints).</summary>
    public static async Task<T> CompletesAsync<T>(Task<T> task, string what)
    {
        await CompletesAsync((Task)task, what);
        return await task;
    }

    /// <summary>Waits for <paramref name="task"/>, an event that is bound to come and carries no value (a signal, an exit).</summary>
    public static async Task CompletesAsync(Task task, string what)
    {
        try
        {
            await task.WaitAsync(Deadline);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            throw new TimeoutException($"Still not done after {Deadline.TotalSeconds:0} seconds: {what}.");
        }
    }

    /// <summary>Returns the single item once exactly one is recorded; more than one fails at once.</summary>
    public static async Task<T> SingleAsync<T>(Func<IReadOnlyList<T>> read, string what = "one recorded item")
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var items = read();
            if (items.Count == 1) return items[0];
            if (items.Count > 1) throw new InvalidOperationException($"Expected one item, found {items.Count}: {what}.");
            if (waited.Elapsed > Deadline) throw new TimeoutException($"Nothing was recorded within {Deadline.TotalSeconds:0} seconds: {what}.");
            await Task.Delay(Poll);
        }
    }
}
