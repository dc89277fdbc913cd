namespace Panorama.Data.Boxes;

/// <summary>
/// A box as stored: identity, name, type, parent, period, archived flag, and the settings kept beside it (structure
/// builders and working calendar). Scope integrations, views, members and task modes have their own tables.
/// <see cref="Revision"/> goes up with every change to the box or to anything kept for it, which is how box
/// snapshots (and other nodes) notice that a box must be rebuilt.
/// </summary>
public sealed class BoxRecord
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>A built-in type (Portfolio, Program, Project, Iteration) or one from <see cref="BoxTypeRecord"/>.</summary>
    public required string TypeName { get; set; }

    public Guid? ParentId { get; set; }

    public DateOnly? PeriodStart { get; set; }

    /// <summary>The period's last day, inclusive.</summary>
    public DateOnly? PeriodEnd { get; set; }

    public bool IsArchived { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    /// <summary>The ordered structure builders as JSON (<see cref="Storage.StructureJson"/>); null: the default.</summary>
    public string? StructureJson { get; set; }

    /// <summary>Working weekdays, e.g. <c>Mon,Tue,Wed,Thu,Fri</c> (SPEC 3.5).</summary>
    public string WorkingDays { get; set; } = Storage.CalendarText.DefaultWorkingDays;

    /// <summary>Holidays as <c>YYYY-MM-DD</c> separated by commas; empty: none.</summary>
    public string Holidays { get; set; } = "";

    /// <summary>Bumped by every change to the box or its settings; also the optimistic concurrency token.</summary>
    public long Revision { get; set; }
}
