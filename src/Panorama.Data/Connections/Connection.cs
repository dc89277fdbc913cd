using Panorama.Core.Connections;

namespace Panorama.Data.Connections;

/// <summary>
/// A connected Jira Cloud site as stored. Secrets (API token, webhook secret) are kept only as Data Protection
/// ciphertext; use <see cref="ConnectionSecrets"/> to protect and unprotect them.
/// </summary>
public sealed class Connection
{
    public Guid Id { get; set; }

    /// <summary>A short unique name, e.g. <c>beta</c>: shown in the UI and used in native field references.</summary>
    public required string Name { get; set; }

    /// <summary>The site's base URL, <c>https://&lt;site&gt;.atlassian.net</c> (loopback http for the simulator).</summary>
    public required string BaseUrl { get; set; }

    /// <summary>For scoped API tokens: the cloud id, so calls go through <c>api.atlassian.com/ex/jira/{cloudId}</c>.</summary>
    public string? CloudId { get; set; }

    public required string Email { get; set; }

    public required string ProtectedApiToken { get; set; }

    public required string ProtectedWebhookSecret { get; set; }

    public ConnectionRole Role { get; set; }

    public ConnectionStatus Status { get; set; }

    /// <summary>Why the connection is invalid, in words that say what to fix.</summary>
    public string? StatusReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastCheckedAt { get; set; }

    public DateTimeOffset? LastSyncedAt { get; set; }

    public DateTimeOffset TokenSetAt { get; set; }

    /// <summary>The field mapping (JSON of <see cref="FieldMapping"/>).</summary>
    public string FieldMappingJson { get; set; } = "{\"entries\":[]}";

    /// <summary>The dependency mapping (JSON of <see cref="DependencyMapping"/>).</summary>
    public string DependencyMappingJson { get; set; } = "{\"entries\":[]}";

    /// <summary>The site's fields as last discovered (JSON array of <see cref="JiraFieldInfo"/>).</summary>
    public string? FieldsJson { get; set; }

    /// <summary>The site's issue link types as last discovered (JSON array of <see cref="JiraLinkTypeInfo"/>).</summary>
    public string? LinkTypesJson { get; set; }

    public DateTimeOffset? FieldsRefreshedAt { get; set; }

    /// <summary>Whether Panorama registers and maintains the site's admin webhook itself.</summary>
    public bool ManageWebhook { get; set; } = true;

    /// <summary>The id of the admin webhook Panorama registered on the site, if any.</summary>
    public string? WebhookId { get; set; }

    /// <summary>The JQL filter the registered webhook carries (the projects in scope).</summary>
    public string? WebhookJql { get; set; }

    public DateTimeOffset? WebhookRegisteredAt { get; set; }

    /// <summary>Why the last webhook registration failed, if it did.</summary>
    public string? WebhookError { get; set; }

    /// <summary>Optimistic concurrency: bumped on every change.</summary>
    public long Version { get; set; }
}
