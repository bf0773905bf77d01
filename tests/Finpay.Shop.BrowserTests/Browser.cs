using System;
using System.IO;
using System.Threading.Tasks;
using Finpay.Testing.Fixtures;
using Microsoft.Playwright;

namespace Finpay.Shop.BrowserTests;

/// <summary>
/// Headless Chromium from the machine's Debian package, driven by Playwright. Playwright's own browser builds are never
/// downloaded; FINPAY_CHROMIUM names another binary.
/// </summary>
internal sealed class Browser : IAsyncDisposable
{
    private const string DefaultChromium = "/usr/bin/chromium";

    private static readonly float WaitMilliseconds = (float)Eventually.Deadline.TotalMilliseconds;
    private readonly IPlaywright _playwright;

    private Browser(IPlaywright playwright, IBrowser chromium)
    {
        _playwright = playwright;
        Chromium = chromium;
    }

    public IBrowser Chromium { get; }

    public static async Task<Browser> LaunchAsync()
    {
        var executable = Environment.GetEnvironmentVariable("FINPAY_CHROMIUM") ?? DefaultChromium;
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException(
                $"Chromium is not installed at {executable}: run ./build.sh (it installs Debian's chromium) or apt-get install -y chromium.", executable);
        }

        // Every wait (an expectation, an action) gets the polling helper's deadline: it ends as soon as the page shows what is
        // awaited, so it only turns a hang into a failure. What the shop shows after a payment waits for Finpay's callback,
        // which on a starved machine may need the sandbox's retries.
        Assertions.SetDefaultExpectTimeout(WaitMilliseconds);
        var playwright = await Playwright.CreateAsync();
        try
        {
            var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = new[] { "--headless", "--no-sandbox", "--disable-gpu" },
            });
            return new Browser(playwright, chromium);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh customer: own cookies, a laptop-sized window.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1200, Height = 860 },
            Locale = "en-US",
        });
        context.SetDefaultTimeout(WaitMilliseconds);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.CloseAsync();
        _playwright.Dispose();
    }
}
