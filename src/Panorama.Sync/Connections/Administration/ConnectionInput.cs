using Panorama.Core.Connections;

namespace Panorama.Sync.Connections.Administration;

/// <summary>Shape checks of what an administrator types; whether the site works is the checks' business.</summary>
internal static class ConnectionInput
{
    public const int MaxNameLength = 100;

    public static string? NameError(string? name) => string.IsNullOrWhiteSpace(name)
        ? "A name is required, e.g. the site's name ('beta'): it is shown in boxes and names the site's native fields."
        : name.Trim().Length > MaxNameLength
            ? $"The name may have at most {MaxNameLength} characters."
            : name.Contains(':', StringComparison.Ordinal)
                ? "The name may not contain ':' (native fields are written 'name:fieldId')."
                : null;

    public static string? UrlError(string? url) => SiteUrl.Parse(url).Refusal;

    /// <summary>The base URL as stored: scheme, host, port and path, without a trailing slash.</summary>
    public static string NormalizeUrl(string url) => SiteUrl.Parse(url).Value.GetLeftPart(UriPartial.Path).TrimEnd('/');

    public static string? EmailError(string? email) =>
        string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal) || email.Trim().Length > 320
            ? "The technical user's e-mail address is required (the Atlassian account the API token belongs to)."
            : null;

    public static string? TokenError(string? token) => string.IsNullOrWhiteSpace(token)
        ? "The API token is required: create one at https://id.atlassian.com/manage-profile/security/api-tokens while signed in as the technical user."
        : null;

    public static Dictionary<string, string[]> Errors(params (string Field, string? Error)[] checks) =>
        checks.Where(c => c.Error is not null).ToDictionary(c => c.Field, c => new[] { c.Error! });
}
