namespace Panorama.Bench.Scenarios.JiraClient;

/// <summary>The <c>search/jql</c> GET every reader of this scenario sends, so all of them read the very same pages.</summary>
internal static class SearchUrl
{
    public const int PageSize = 100;

    public static string For(string jql, IReadOnlyList<string> fields, string? token) =>
        $"/rest/api/3/search/jql?jql={Uri.EscapeDataString(jql)}&maxResults={PageSize}&fields={Uri.EscapeDataString(string.Join(',', fields))}"
        + (token is null ? "" : "&nextPageToken=" + Uri.EscapeDataString(token));
}
