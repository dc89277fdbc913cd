namespace Panorama.JiraSim.Model;

/// <summary>
/// A Jira account. Only users with a <see cref="Token"/> can call the REST API; <see cref="Administer"/> is the
/// "Administer Jira" global permission (needed for admin webhooks).
/// </summary>
internal sealed record SimUser(
    string AccountId,
    string Email,
    string DisplayName,
    string TimeZone,
    string? Token,
    bool Administer,
    bool Active);
