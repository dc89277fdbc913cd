using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Panorama.E2E.Infrastructure.BrowserFixture))]

namespace Panorama.E2E.Infrastructure;

/// <summary>One headless Chromium for the whole run; each test gets its own context (cookies, storage) and page.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
