using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace Finpay.Shop.BrowserTests;

/// <summary>
/// Screenshots of the pages a test walked through: always under the test output's screenshots/ folder; into docs/ as well
/// when FINPAY_UPDATE_SCREENSHOTS=1, to refresh the README's pictures.
/// </summary>
internal static class Screenshots
{
    public static async Task SaveAsync(IPage page, string fileName)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        if (Environment.GetEnvironmentVariable("FINPAY_UPDATE_SCREENSHOTS") == "1")
            File.Copy(path, Path.Combine(RepoRoot(), "docs", fileName), overwrite: true);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Finpay.Generated.sln"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("Finpay.Generated.sln not found above " + AppContext.BaseDirectory);
    }
}
