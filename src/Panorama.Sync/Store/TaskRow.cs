using System.Diagnostics.CodeAnalysis;
using Panorama.Core.Tasks;

namespace Panorama.Sync.Store;

/// <summary>
/// One issue state from Jira, already resolved through the connection's field mapping, ready to be written.
/// <see cref="Links"/> is null when the body carried no <c>issuelinks</c> (then the stored links are left alone).
/// </summary>
internal sealed record TaskRow
{
    private readonly byte[]? _fieldsUtf8;

    public required long IssueId { get; init; }

    public required string IssueKey { get; init; }

    public required string ProjectId { get; init; }

    public required string ProjectKey { get; init; }

    public required string IssueTypeId { get; init; }

    public required string IssueTypeName { get; init; }

    public int HierarchyLevel { get; init; }

    public bool IsSubtask { get; init; }

    public required string StatusId { get; init; }

    public required string StatusName { get; init; }

    public StatusCategory StatusCategory { get; init; }

    public string Summary { get; init; } = "";

    public string? AssigneeAccountId { get; init; }

    public string? AssigneeName { get; init; }

    public long? ParentIssueId { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public DateOnly? BaselineStart { get; init; }

    public DateOnly? BaselineEnd { get; init; }

    public long? OriginalEstimate { get; init; }

    public long? RemainingEstimate { get; init; }

    public long? TimeSpent { get; init; }

    public double? Progress { get; init; }

    public double? StoryPoints { get; init; }

    public required DateTimeOffset Updated { get; init; }

    /// <summary>
    /// Jira's <c>fields</c> object as UTF-8 JSON, as it came (an issue's fields are about 8 KB). A row read for SQLite
    /// keeps only <see cref="StoredFields"/>, and this decodes it: an import then holds each issue's fields once,
    /// compressed, instead of also an 8 KB copy per issue for the garbage collector to move.
    /// </summary>
    [AllowNull]
    public byte[] FieldsUtf8
    {
        get => _fieldsUtf8 ?? Data.Tasks.StoredFields.Decompress(StoredFields ?? throw new InvalidOperationException("The row has no fields."));
        init => _fieldsUtf8 = value;
    }

    /// <summary>
    /// <see cref="FieldsUtf8"/> in SQLite's stored form (<see cref="Data.Tasks.StoredFields"/>) when the reader made it
    /// already; otherwise the store makes it while writing.
    /// </summary>
    public byte[]? StoredFields { get; init; }

    public IReadOnlyList<LinkRow>? Links { get; init; }
}

/// <summary>A Jira issue link: "source &lt;outward verb&gt; destination".</summary>
internal readonly record struct LinkRow(long LinkId, string LinkTypeId, long SourceIssueId, long DestinationIssueId);

/// <summary>An issue Jira deleted: the tombstone keeps what the deletion said about it.</summary>
internal sealed record Tombstone(long IssueId, string? IssueKey, string? ProjectKey);
