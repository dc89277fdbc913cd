using Panorama.Core.Tasks;

namespace Panorama.Core.Structure;

/// <summary>
/// What a non-task row stands for: a project, a group value or a sub-box. <see cref="Key"/> is stable across rebuilds
/// (for remembering which rows a user expanded); <see cref="Value"/> is the group's JSON-friendly value, null for the
/// "(no value)" group (and only for it).
/// </summary>
public sealed record WbsNode(WbsRowKind Kind, string Key, string Label, int BuilderIndex)
{
    public object? Value { get; init; }

    /// <summary>The site of a project row or of a status group (statuses are per site, rule 15).</summary>
    public Guid? ConnectionId { get; init; }

    public ProjectRef? Project { get; init; }

    public Guid? BoxId { get; init; }
}
