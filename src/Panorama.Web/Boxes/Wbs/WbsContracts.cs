using Panorama.Web.Boxes.Hierarchy;
using Panorama.Web.Boxes.Views;

namespace Panorama.Web.Boxes.Wbs;

/// <summary>
/// One page of a box's WBS for a column view: rows in tree order, each with its depth, cells in the view's column
/// order and, for parent rows, the summary (start = min, end = max, progress weighted by estimate).
/// <c>version</c> changes whenever the box's snapshot does.
/// </summary>
public sealed record WbsResponse(
    Guid BoxId,
    string View,
    IReadOnlyList<ViewColumnResponse> Columns,
    int Total,
    int TopLevelCount,
    int Offset,
    int Limit,
    IReadOnlyList<WbsRowResponse> Rows,
    IReadOnlyList<BoxSiteResponse> Sites,
    long Version);

/// <summary>
/// A WBS row: <c>kind</c> task, project, group or box; <c>parent</c> is the parent row's index (-1 at the top);
/// <c>task</c> for task rows (with the site badge: site, primary, stale), <c>node</c> for the others.
/// </summary>
public sealed record WbsRowResponse(
    int Index,
    int Depth,
    string Kind,
    int Parent,
    int ChildCount,
    int DescendantCount,
    string Label,
    WbsTaskResponse? Task,
    WbsNodeResponse? Node,
    IReadOnlyList<object?> Cells,
    WbsSummaryResponse? Summary);

public sealed record WbsTaskResponse(
    string Id,
    string Key,
    string Site,
    bool Primary,
    bool Stale,
    string IssueType,
    string Status,
    string StatusCategory);

public sealed record WbsNodeResponse(string Key, object? Value, string? Site);

public sealed record WbsSummaryResponse(DateOnly? Start, DateOnly? End, double? Progress, int TaskCount);
