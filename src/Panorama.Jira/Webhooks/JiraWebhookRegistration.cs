namespace Panorama.Jira.Webhooks;

/// <summary>
/// What Panorama registers on a site (SPEC rule 4): a name, the receiver URL, the events, a JQL filter for the projects
/// in scope and a per-connection secret so deliveries are signed.
/// </summary>
public sealed record JiraWebhookRegistration(string Name, string Url, IReadOnlyList<string> Events)
{
    /// <summary>The filter key Jira uses for the JQL of issue events.</summary>
    public const string IssueFilterKey = "issue-related-events-section";

    public string? JqlFilter { get; init; }

    public bool ExcludeBody { get; init; }

    /// <summary>The signing secret; never logged. Jira keeps the old one when an update leaves it out.</summary>
    public string? Secret { get; init; }

    public override string ToString() =>
        $"JiraWebhookRegistration {{ Name = {Name}, Url = {Url}, Events = [{string.Join(", ", Events)}], JqlFilter = {JqlFilter}, Secret = *** }}";
}
