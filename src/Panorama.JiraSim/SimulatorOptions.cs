namespace Panorama.JiraSim;

/// <summary>How <see cref="SimulatedJira.StartAsync"/> builds and runs the simulated sites.</summary>
public sealed class SimulatorOptions
{
    /// <summary>
    /// Roughly how Jira Cloud spaces its webhook retries (the official policy says "up to 30 minutes"; the number of
    /// retries, 5, comes from secondary summaries). Tests pass short delays instead.
    /// </summary>
    public static IReadOnlyList<TimeSpan> JiraLikeRetryDelays { get; } =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(8),
        TimeSpan.FromMinutes(20),
    ];

    public IReadOnlyList<SiteOptions> Sites { get; init; } = [new SiteOptions("alpha")];

    /// <summary>Issues generated per site, spread over two or three projects.</summary>
    public int IssuesPerSite { get; init; } = 500;

    /// <summary>Everything generated (ids, data, fault decisions) follows from this seed and each site's name.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Added to every Jira REST request before it is answered.</summary>
    public int LatencyMs { get; init; }

    public FaultSettings Faults { get; init; } = FaultSettings.None;

    /// <summary>Jira's burst limits per endpoint and method and its per-issue write limits (429 when exceeded).</summary>
    public bool EnforceRateLimits { get; init; } = true;

    /// <summary>
    /// Makes the handler webhooks are sent through; a test can deliver into an in-memory TestServer with
    /// <c>() =&gt; app.Server.CreateHandler()</c>. Default: a real <see cref="SocketsHttpHandler"/>.
    /// </summary>
    public Func<HttpMessageHandler>? WebhookHandlerFactory { get; init; }

    /// <summary>The wait before each retry of a failed webhook delivery; its length is the number of retries.</summary>
    public TimeSpan[] WebhookRetryDelays { get; init; } = [.. JiraLikeRetryDelays];

    /// <summary>
    /// Memory for rendered issue JSON per site (the cache that makes repeated searches fast); issues beyond it are
    /// rendered on every request. About 8 KB per issue and field selection.
    /// </summary>
    public int RenderCacheMegabytesPerSite { get; init; } = 256;

    /// <summary>The clock for timestamps, rate limits and the seed's "today".</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
