namespace Panorama.Jira.Connections;

/// <summary>
/// One Jira Cloud site as the client sees it. <see cref="BaseUrl"/> is the site itself
/// (<c>https://&lt;site&gt;.atlassian.net</c>, or a loopback <c>http://</c> URL for the simulator); whether plain HTTP is
/// acceptable is the connections feature's decision, not the client's.
/// </summary>
/// <remarks>
/// Scoped API tokens must call <c>https://api.atlassian.com/ex/jira/{cloudId}</c> instead of the site (the site answers
/// 401 to them; shared/docs/jira-cloud-api.md section 1.2). Set <see cref="ScopedToken"/> and the client resolves the
/// cloud id from <c>/_edge/tenant_info</c> once per site, unless <see cref="CloudId"/> is already known.
/// </remarks>
public sealed record JiraSite(Guid ConnectionId, string DisplayName, Uri BaseUrl)
{
    /// <summary>The token has scopes: requests go through the Atlassian API gateway.</summary>
    public bool ScopedToken { get; init; }

    /// <summary>The site's cloud id when already known (it never changes for a site).</summary>
    public string? CloudId { get; init; }

    /// <summary>The site URL without a trailing slash, lower-cased: the identity of the site for rate limits.</summary>
    public string SiteKey { get; } = BaseUrl.IsAbsoluteUri
        ? BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/').ToLowerInvariant()
        : throw new ArgumentException("The base URL of a Jira site must be absolute.", nameof(BaseUrl));
}
