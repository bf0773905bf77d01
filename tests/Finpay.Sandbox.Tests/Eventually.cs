using System;
using System.Threading.Tasks;

namespace Finpay.Sandbox.Tests;

/// <summary>Waits for background work (callback delivery) to show; the deadline only guards against a hang.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Still not true after 20 seconds: " + what);
            await Task.Delay(20);
        }
    }
}
