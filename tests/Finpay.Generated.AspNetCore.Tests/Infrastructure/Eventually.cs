using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Finpay.Generated.AspNetCore.Tests.Infrastructure;

/// <summary>Waits for something another thread records (a delivery log entry); the limit only guards against a hang.</summary>
internal static class Eventually
{
    public static async Task<T> SingleAsync<T>(Func<IReadOnlyList<T>> read)
    {
        for (var i = 0; i < 600; i++)
        {
            var items = read();
            if (items.Count == 1) return items[0];
            if (items.Count > 1) throw new InvalidOperationException($"Expected one item, found {items.Count}.");
            await Task.Delay(50);
        }

        throw new TimeoutException("Nothing was recorded within 30 seconds.");
    }

    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 600; i++)
        {
            if (condition()) return;
            await Task.Delay(50);
        }

        throw new TimeoutException($"Waited 30 seconds for {what}.");
    }
}
