using System.ComponentModel.DataAnnotations;

namespace Panorama.Web.Boxes.Hierarchy;

/// <summary>A box as the API shows it, with the caller's role in it (viewer, editor or admin).</summary>
public sealed record BoxResponse(
    Guid Id,
    string Name,
    string Type,
    Guid? ParentId,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    bool Archived,
    string Role,
    DateTimeOffset CreatedAt,
    long Revision);

/// <summary>The boxes the caller can see; a box whose parent they cannot see is listed with the nearest visible ancestor as parent.</summary>
public sealed record BoxListResponse(IReadOnlyList<BoxResponse> Boxes);

/// <summary>One box with its path from the top, the sites its scope uses, its task count and what needs attention.</summary>
public sealed record BoxDetailsResponse(
    BoxResponse Box,
    IReadOnlyList<BoxPathEntry> Path,
    IReadOnlyList<BoxSiteResponse> Sites,
    int TaskCount,
    IReadOnlyList<string> Warnings);

public sealed record BoxPathEntry(Guid Id, string Name);

/// <summary>A connected site as a box shows it: stale while its connection is not valid (rule 5).</summary>
public sealed record BoxSiteResponse(Guid ConnectionId, string Name, bool Primary, string Status, bool Stale, string? StatusReason);

/// <summary>A new box; without a type it is a Project, without a parent a top-level box (application administrators only).</summary>
public sealed record CreateBoxRequest(
    [Required, StringLength(200)] string Name,
    [StringLength(60)] string? Type = null,
    Guid? ParentId = null,
    DateOnly? PeriodStart = null,
    DateOnly? PeriodEnd = null);

/// <summary>Renames a box, changes its type or its period; what is left out stays as it is.</summary>
public sealed record UpdateBoxRequest(
    [StringLength(200)] string? Name = null,
    [StringLength(60)] string? Type = null,
    BoxPeriodRequest? Period = null);

/// <summary>A period: first and last day, both inclusive, both optional (null: open-ended).</summary>
public sealed record BoxPeriodRequest(DateOnly? Start, DateOnly? End);

/// <summary>Moves a box under another box (null: to the top level, application administrators only).</summary>
public sealed record MoveBoxRequest(Guid? ParentId);

public sealed record BoxTypeResponse(string Name, bool BuiltIn);

public sealed record DefineBoxTypeRequest([Required, StringLength(60)] string Name);
