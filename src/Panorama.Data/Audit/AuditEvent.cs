namespace Panorama.Data.Audit;

/// <summary>What a feature tells <see cref="IAuditLog"/>. Never put a password, API token or secret in it.</summary>
/// <param name="Action">What happened, as <c>noun.verb</c>: see <see cref="AuditActions"/>.</param>
public sealed record AuditEvent(string Action)
{
    public AuditActor? Actor { get; init; }

    public string? TargetType { get; init; }

    public string? TargetId { get; init; }

    public Guid? ConnectionId { get; init; }

    public string? IssueKey { get; init; }

    /// <summary>Each changed field with its old and new value (rule 17: Jira writes record every field).</summary>
    public IReadOnlyList<AuditFieldChange> Changes { get; init; } = [];

    /// <summary>Other facts worth keeping (the e-mail tried at a failed sign-in, the client address...).</summary>
    public IReadOnlyDictionary<string, string?> Data { get; init; } = new Dictionary<string, string?>();
}
