using Microsoft.Playwright;

namespace Panorama.E2E.Infrastructure;

/// <summary>
/// Debian's Chromium (<c>apt-get install chromium</c>, done by test.sh), driven by Playwright. Playwright's own
/// browser downloads are never used: a missing browser fails the tests with a message saying how to install it.
/// </summary>
public static class Chromium
{
    /// <summary><c>PANORAMA_CHROMIUM</c> overrides the path.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("PANORAMA_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}. Install Debian's package with 'apt-get install -y chromium' " +
                "(./test.sh does this), or set PANORAMA_CHROMIUM to a Chromium executable.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = [.. Arguments],
        });
    }
}
