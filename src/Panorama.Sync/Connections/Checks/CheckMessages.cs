using System.Globalization;
using Panorama.Core.Connections;
using Panorama.Jira.Errors;

namespace Panorama.Sync.Connections.Checks;

/// <summary>
/// The words of the checks: each failure says what was found and what to fix. Built from the site's name and URL,
/// the status code and Jira's own error text, never from request headers, so never from a token.
/// </summary>
internal static class CheckMessages
{
    public const string TokenPage = "https://id.atlassian.com/manage-profile/security/api-tokens";

    public static string TokenRejected(string siteName, string email) =>
        $"Jira site '{siteName}' rejected the technical user's credentials (HTTP 401): the API token was rejected: it may have expired " +
        $"(Atlassian tokens expire within a year) or been revoked, or the e-mail '{email}' is not the token's account. " +
        $"Create a new one at {TokenPage} and replace it (App Configuration, or PUT /api/connections/{{id}}/token).";

    public static string NoAdminister(string siteName, string email) =>
        $"The technical user '{email}' does not hold the Administer Jira global permission on site '{siteName}'. Panorama needs it " +
        "to register webhooks and to read every project in scope: in Jira, open Settings > System > Global permissions, grant " +
        "Administer Jira to a group this user belongs to, then test the connection again.";

    public static string TimedOut(string siteName, Uri baseUrl, TimeSpan timeout) =>
        $"Jira site '{siteName}' did not answer at {baseUrl.GetLeftPart(UriPartial.Authority)} within " +
        $"{timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s. Check the site URL and that this server can " +
        "reach the site (DNS, firewall, proxy); Panorama tests again at every health check.";

    /// <summary>A failure that is not about credentials or permissions: the site is down, not Jira, or refused the request.</summary>
    public static string Failure(string siteName, Uri baseUrl, JiraException error)
    {
        var authority = baseUrl.GetLeftPart(UriPartial.Authority);
        return error.Kind switch
        {
            JiraErrorKind.SiteUnreachable when error.StatusCode is { } status =>
                $"Jira site '{siteName}' answered HTTP {status}: it is down or under maintenance. Panorama pauses sync for it and " +
                "turns it valid again by itself once the site answers (health check).",
            JiraErrorKind.SiteUnreachable =>
                $"Panorama could not reach {authority}{Detail(error)}. Check the site URL ({SiteUrl.Example}) and that this server " +
                "can reach the site (DNS, firewall, proxy).",
            JiraErrorKind.InvalidResponse or JiraErrorKind.NotFound or JiraErrorKind.RemovedEndpoint or JiraErrorKind.BadRequest =>
                $"{authority} answered{Status(error)}, but not as Jira. Give the Jira site's base address, e.g. {SiteUrl.Example}, " +
                "without a page path.",
            JiraErrorKind.RateLimited =>
                $"Jira site '{siteName}' is rate limiting Panorama (HTTP 429). Test the connection again in a minute.",
            JiraErrorKind.Forbidden =>
                $"Jira site '{siteName}' refused the technical user (HTTP 403{Said(error)}). Check that the account has Jira access " +
                "(a product licence) and is not restricted by an IP allowlist.",
            _ => error.Message,
        };
    }

    private static string Status(JiraException error) => error.StatusCode is { } status ? $" (HTTP {status})" : string.Empty;

    private static string Said(JiraException error) =>
        error.ErrorMessages.Count > 0 ? $": {string.Join("; ", error.ErrorMessages)}" : string.Empty;

    private static string Detail(JiraException error) =>
        error.InnerException is HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } http
            ? $" ({http.HttpRequestError})"
            : string.Empty;
}
