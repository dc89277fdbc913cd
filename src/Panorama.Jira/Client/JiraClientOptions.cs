namespace Panorama.Jira.Client;

/// <summary>Where the client sends requests that do not go to the site itself.</summary>
public sealed class JiraClientOptions
{
    public const string SectionName = "Jira:Client";

    /// <summary>The Atlassian API gateway for scoped tokens (<c>{gateway}/ex/jira/{cloudId}</c>); tests point it at a fake.</summary>
    public string GatewayBaseUrl { get; set; } = "https://api.atlassian.com";
}
