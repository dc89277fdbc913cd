namespace Panorama.JiraSim;

/// <summary>
/// One running simulated site: where it listens, the technical user Panorama connects with (holds ADMINISTER), and
/// an in-process handle on its state and settings for tests (the same things the <c>/_sim</c> control API offers).
/// </summary>
public sealed class SimulatedSite
{
    internal SimulatedSite(SiteRuntime runtime)
    {
        Runtime = runtime;
        State = new SiteStateView(runtime);
        var technical = runtime.Catalog.Users.ByAccountId(runtime.Catalog.TechnicalAccountId)!;
        Email = technical.Email;
        ApiToken = technical.Token!;
    }

    public string Name => Runtime.Catalog.Name;

    /// <summary>E.g. <c>http://127.0.0.1:5101</c>; the Jira REST API and the control API (<c>/_sim</c>) live under it.</summary>
    public string BaseUrl => Runtime.BaseUrl;

    public Guid CloudId => Runtime.Catalog.CloudId;

    public string Email { get; }

    public string ApiToken { get; }

    /// <summary>Snapshots of the site's issues, links and configuration.</summary>
    public SiteStateView State { get; }

    public SiteStats Stats => Runtime.Counters.Snapshot();

    /// <summary>The fault settings in force; setting them is <c>PUT /_sim/faults</c>.</summary>
    public FaultSettings Faults
    {
        get => Runtime.Faults.Settings;
        set => Runtime.Faults.Settings = value;
    }

    /// <summary>Every Jira request answers 503 for <paramref name="duration"/> (<c>POST /_sim/outage</c>); zero ends it.</summary>
    public void StartOutage(TimeSpan duration) => Runtime.Faults.StartOutage(duration);

    internal SiteRuntime Runtime { get; }

    public override string ToString() => $"{Name} {BaseUrl}";
}
