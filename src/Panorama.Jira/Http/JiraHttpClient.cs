namespace Panorama.Jira.Http;

public static class JiraHttpClient
{
    /// <summary>The named <see cref="HttpClient"/> of the Jira pipeline; tests replace its primary handler by this name.</summary>
    public const string Name = "Panorama.Jira";
}
