using System.Net;
using Panorama.Core.Outcomes;

namespace Panorama.Core.Connections;

/// <summary>
/// The first connection check (rule 2): a site URL must be absolute https, because the technical user's token travels
/// in every request's Basic header. Plain http is accepted only for a loopback host and only when the operator allows
/// it (<c>Jira:AllowInsecureLoopback</c>), which is what the simulator and the demo need.
/// </summary>
public static class SiteUrl
{
    public const string Example = "https://your-site.atlassian.net";

    /// <summary>The normalised base URL (no query, fragment, credentials or trailing slash), or why it is refused.</summary>
    public static Outcome<Uri> Check(string? url, bool allowInsecureLoopback)
    {
        var parsed = Parse(url);
        if (!parsed.IsOk)
        {
            return parsed;
        }

        var uri = parsed.Value;
        if (uri.Scheme == "http")
        {
            if (!IsLoopback(uri))
            {
                return Outcome.Refused<Uri>(
                    $"{uri.GetLeftPart(UriPartial.Authority)} uses plain http: the API token would cross the network unencrypted. " +
                    $"Use the site's https address (e.g. {Example}).");
            }

            if (!allowInsecureLoopback)
            {
                return Outcome.Refused<Uri>(
                    $"{uri.GetLeftPart(UriPartial.Authority)} uses plain http. Use https, or, for a simulated site on this machine, " +
                    "start Panorama with Jira:AllowInsecureLoopback=true.");
            }
        }

        return uri;
    }

    /// <summary>
    /// Whether <paramref name="url"/> is a base URL at all (absolute http or https, no user name, query or fragment),
    /// normalised without a trailing slash. The https rule is <see cref="Check"/>'s: a connection with a plain-http URL is
    /// still saved, as invalid with the reason.
    /// </summary>
    public static Outcome<Uri> Parse(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            return Outcome.Refused<Uri>($"'{url}' is not a site URL. Give the site's address, e.g. {Example}.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return Outcome.Refused<Uri>($"Give the site's base URL only (e.g. {Example}), without user name, query or fragment.");
        }

        return new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'));
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
