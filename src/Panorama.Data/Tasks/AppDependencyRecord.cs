using Panorama.Core.Dependencies;

namespace Panorama.Data.Tasks;

/// <summary>
/// A dependency that lives only in Panorama: the only kind that can join tasks of two sites (SPEC 1), or a
/// same-site dependency whose type no link type is mapped for.
/// </summary>
public sealed class AppDependencyRecord
{
    public Guid Id { get; set; }

    public Guid PredecessorConnectionId { get; set; }

    public long PredecessorIssueId { get; set; }

    public Guid SuccessorConnectionId { get; set; }

    public long SuccessorIssueId { get; set; }

    public DependencyType Type { get; set; }

    public int LagDays { get; set; }

    public DependencyStrength Strength { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public long ChangeVersion { get; set; }
}
