using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Panorama.E2E.Infrastructure;

/// <summary>
/// A test in a fresh browser context (its own cookies) at 1366x768, on the class's app. On failure it saves a
/// screenshot, the page's console and the server's last log lines under <c>TestResults/e2e/</c>.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser, E2EApp app) : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _console = new();

    protected E2EApp App { get; } = app;

    protected IBrowserContext Context { get; private set; } = default!;

    protected IPage Page { get; private set; } = default!;

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public virtual async ValueTask InitializeAsync()
    {
        Context = await NewContextAsync();
        Page = await NewPageAsync(Context);
    }

    /// <summary>Another browser context: a second person at another computer.</summary>
    protected async Task<IBrowserContext> NewContextAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        context.SetDefaultTimeout(20_000);
        return context;
    }

    protected async Task<IPage> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.Console += (_, message) => _console.Enqueue($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => _console.Enqueue($"page error: {error}");
        return page;
    }

    /// <summary>Signs in with the form and waits for the home page's interactive render.</summary>
    protected static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        await WaitUntilInteractiveAsync(page);
    }

    protected Task SignInAsAdministratorAsync() => SignInAsync(Page, App.AdminEmail!, App.AdminPassword!);

    /// <summary>Opens an app page and waits until its circuit runs, so clicks reach the server.</summary>
    protected static async Task GotoInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitUntilInteractiveAsync(page);
    }

    protected static Task WaitUntilInteractiveAsync(IPage page) =>
        page.Locator("main[data-interactive=true]").WaitForAsync();

    public virtual async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            await SaveFailureAsync();
        }
        else if (Environment.GetEnvironmentVariable("PANORAMA_E2E_SCREENSHOTS") == "1")
        {
            // For looking at the pages (and the README's pictures): every test's last view.
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder(), FileName() + ".png") });
        }

        await Context.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static string FileName()
    {
        var name = string.Concat((TestContext.Current.Test?.TestDisplayName ?? "test").Select(c => char.IsLetterOrDigit(c) ? c : '_'));
        return name.Length > 120 ? name[..120] : name;
    }

    private async Task SaveFailureAsync()
    {
        var name = FileName();
        var folder = Artifacts.Folder();
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
        catch (PlaywrightException e)
        {
            _console.Enqueue($"(no screenshot: {e.Message})");
        }

        var serverLog = App.Logs.Lines.TakeLast(200);
        await File.WriteAllLinesAsync(
            Path.Combine(folder, name + ".log"),
            ["URL: " + Page.Url, "", "Browser console:", .. _console, "", "Server log (last 200 lines):", .. serverLog]);
        TestContext.Current.AddAttachment("failure artifacts", Path.Combine(folder, name + ".*"));
    }
}
