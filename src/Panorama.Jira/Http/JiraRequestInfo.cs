using Panorama.Jira.Connections;

namespace Panorama.Jira.Http;

/// <summary>
/// What the handlers of the Jira pipeline need to know about a request, carried in
/// <see cref="HttpRequestMessage.Options"/>: the site, the endpoint template (the rate-limit scope), whether a retry is
/// safe, and the issues it writes to (the per-issue write limits).
/// </summary>
internal sealed record JiraRequestInfo(JiraSite Site, string Template, bool Idempotent, IReadOnlyList<string> IssuesWritten)
{
    public static readonly HttpRequestOptionsKey<JiraRequestInfo> Key = new("Panorama.Jira.Request");

    /// <summary>Requests without credentials (<c>/_edge/tenant_info</c>) bypass the site's limiters.</summary>
    public bool Anonymous { get; init; }
}
