using Panorama.JiraSim.Commands;
using Panorama.JiraSim.Faults;
using Panorama.JiraSim.Model;
using Panorama.JiraSim.RateLimiting;
using Panorama.JiraSim.Rendering;
using Panorama.JiraSim.Rest;
using Panorama.JiraSim.Seeding;
using Panorama.JiraSim.State;
using Panorama.JiraSim.Webhooks;

namespace Panorama.JiraSim;

/// <summary>Everything one simulated site is made of; the HTTP endpoints and the in-process handle share it.</summary>
internal sealed class SiteRuntime : IAsyncDisposable
{
    public SiteRuntime(SiteOptions site, int index, SimulatorOptions options)
    {
        Time = options.TimeProvider;
        State = new SiteState { RenderBudget = new RenderBudget((long)options.RenderCacheMegabytesPerSite << 20) };
        var now = Time.GetUtcNow();
        Catalog = CatalogFactory.Build(site.Name, index, options.Seed, site.Token, DateOnly.FromDateTime(now.UtcDateTime));
        new IssueSeeder(Catalog, State, SeedRandom.For(options.Seed, site.Name, "issues"), now).Seed(options.IssuesPerSite, index);
        var faults = options.Faults.LatencyMs == 0 && options.LatencyMs > 0 ? options.Faults with { LatencyMs = options.LatencyMs } : options.Faults;
        Faults = new FaultState(faults.Validate(), SeedRandom.For(options.Seed, site.Name, "faults"), Time);
        RateLimits = options.EnforceRateLimits ? new RateLimiter(Time) : null;
        Webhooks = new WebhookDispatcher(Faults, Counters, options.WebhookRetryDelays, options.WebhookHandlerFactory, Time);
        Editor = new FieldEditor(Catalog, State);
        Commands = new IssueCommands(this);
    }

    public TimeProvider Time { get; }

    public SiteCatalog Catalog { get; }

    public SiteState State { get; }

    public FaultState Faults { get; }

    public SiteCounters Counters { get; } = new();

    public RateLimiter? RateLimits { get; }

    public WebhookDispatcher Webhooks { get; }

    public FieldEditor Editor { get; }

    public IssueCommands Commands { get; }

    public SearchCursors Cursors { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public IssueWriter V3 { get; private set; } = null!;

    public IssueWriter V2 { get; private set; } = null!;

    public WebhookPublisher Publisher { get; private set; } = null!;

    /// <summary>Called once the listener knows its port: every <c>self</c> link starts with the base URL.</summary>
    public void Bind(string baseUrl)
    {
        BaseUrl = baseUrl;
        V3 = new IssueWriter(Catalog, State, new EntityWriter(baseUrl, "/rest/api/3"), v3: true);
        V2 = new IssueWriter(Catalog, State, new EntityWriter(baseUrl, "/rest/api/2"), v3: false);
        Publisher = new WebhookPublisher(Catalog, State, new WebhookPayloads(Catalog, V2), Time);
    }

    public async ValueTask DisposeAsync()
    {
        await Webhooks.DisposeAsync();
        State.Dispose();
    }
}
