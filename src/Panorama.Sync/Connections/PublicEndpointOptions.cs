namespace Panorama.Sync.Connections;

/// <summary>Where Jira Cloud reaches this Panorama (<c>Panorama</c> section).</summary>
public sealed class PublicEndpointOptions
{
    public const string SectionName = "Panorama";

    /// <summary>
    /// The absolute base URL at which Jira Cloud reaches Panorama, e.g. <c>https://panorama.example.com</c>; webhooks
    /// are registered at <c>{PublicBaseUrl}/webhooks/jira/{connectionId}</c>. Unset: webhooks cannot be registered.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The receiver URL of a connection, or null when <see cref="PublicBaseUrl"/> is not set.</summary>
    public string? ReceiverUrl(Guid connectionId) =>
        string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : $"{PublicBaseUrl.TrimEnd('/')}/webhooks/jira/{connectionId}";

    /// <summary>Null when valid; otherwise what to fix.</summary>
    public static string? Validate(PublicEndpointOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return null;
        }

        return Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? null
            : $"Panorama:PublicBaseUrl '{options.PublicBaseUrl}' must be an absolute http(s) URL without query, e.g. https://panorama.example.com.";
    }
}
