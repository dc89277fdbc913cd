using System.ComponentModel.DataAnnotations;

namespace Panorama.Web.Boxes.Structure;

/// <summary>
/// One structure builder (SPEC 3.4). <c>kind</c>: project, jiraHierarchy, linkHierarchy, groupBy or boxes.
/// <c>connection</c> (name or id) limits the builder to one site (rule 8; required for linkHierarchy, whose
/// <c>linkType</c> is that site's link type id and <c>parentSide</c> "from" (outward side is the parent) or "to").
/// <c>fields</c> for groupBy: one built-in field (<c>statusCategory</c>) or native fields of different sites
/// (<c>alpha:customfield_10020</c>, <c>beta:customfield_10104</c>).
/// </summary>
public sealed record StructureBuilderDto(
    [Required, StringLength(30)] string Kind,
    [StringLength(100)] string? Connection = null,
    [StringLength(64)] string? LinkType = null,
    [StringLength(10)] string? ParentSide = null,
    IReadOnlyList<string>? Fields = null);

/// <summary>The ordered builders: the first gives the top level; the higher one wins where two disagree.</summary>
public sealed record StructureRequest([Required] IReadOnlyList<StructureBuilderDto> Builders);

public sealed record StructureBuilderResponse(
    string Kind,
    Guid? ConnectionId,
    string? Site,
    string? LinkType,
    string? ParentSide,
    IReadOnlyList<string>? Fields);

public sealed record StructureResponse(IReadOnlyList<StructureBuilderResponse> Builders, bool IsDefault);

/// <summary>Builders to try on the box's tasks without saving them, and which rows of the result to show.</summary>
public sealed record StructurePreviewRequest(
    [Required] IReadOnlyList<StructureBuilderDto> Builders,
    [Range(0, int.MaxValue)] int Offset = 0,
    [Range(1, 1000)] int Limit = 100);

public sealed record StructurePreviewResponse(int Total, int TopLevelCount, int Offset, IReadOnlyList<StructurePreviewRow> Rows);

/// <summary>A row of a preview: a task (its id and site) or a project, group or box row.</summary>
public sealed record StructurePreviewRow(int Index, int Depth, string Kind, string Label, int ChildCount, string? TaskId, string? Site);
