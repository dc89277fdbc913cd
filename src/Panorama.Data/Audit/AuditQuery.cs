namespace Panorama.Data.Audit;

/// <summary>A page of the audit log, newest first, narrowed by the filters that are set.</summary>
/// <param name="Action">An exact action (<c>user.created</c>) or a prefix ending in <c>*</c> (<c>user.*</c>).</param>
/// <param name="ActorUserId">Only entries caused by this user.</param>
/// <param name="Actor">Only entries whose actor reads so (an e-mail, compared without case).</param>
/// <param name="From">Entries at or after this time.</param>
/// <param name="To">Entries before this time.</param>
public sealed record AuditQuery(
    string? Action = null,
    Guid? ActorUserId = null,
    string? Actor = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Offset = 0,
    int Limit = AuditQuery.DefaultLimit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
}

/// <summary>One page of entries and how many match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Total, int Offset, int Limit);
