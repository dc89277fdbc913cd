namespace Panorama.Data.Boxes;

/// <summary>
/// One connection's part of a box's scope (rule 6): project keys and/or JQL, plus an optional narrowing JQL. At most
/// one per box and connection. Integrations that need JQL have their issues listed in <see cref="ScopeMembershipRecord"/>.
/// </summary>
public sealed class ScopeIntegrationRecord
{
    public Guid Id { get; set; }

    public Guid BoxId { get; set; }

    public Guid ConnectionId { get; set; }

    /// <summary>Upper-case Jira project keys separated by commas (Jira keys never hold one); empty: none.</summary>
    public string ProjectKeys { get; set; } = "";

    public string? Jql { get; set; }

    public string? NarrowingJql { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlyList<string> ProjectKeyList() =>
        ProjectKeys.Length == 0 ? [] : ProjectKeys.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
