using System.ComponentModel.DataAnnotations;

namespace Panorama.Web.Boxes.Views;

/// <summary>
/// A column: a built-in field (<c>startDate</c>) or a native field of any site (<c>beta:customfield_10016</c>,
/// rule 7), and for column views how parent rows aggregate it: none, sum, min, max, avg or count.
/// </summary>
public sealed record ViewColumnDto([Required, StringLength(200)] string Field, [StringLength(10)] string? Aggregation = null);

public sealed record ViewDto([Required, StringLength(100)] string Name, [Required] IReadOnlyList<ViewColumnDto> Columns);

/// <summary>
/// The box's views of each kind, in order (the first column view is the default one). A kind left out stays as it
/// is; an empty list goes back to the box type's default views.
/// </summary>
public sealed record ViewsRequest(IReadOnlyList<ViewDto>? ColumnViews = null, IReadOnlyList<ViewDto>? CardViews = null);

/// <summary>A column as shown: <c>field</c> in display form (site name for native fields).</summary>
public sealed record ViewColumnResponse(string Field, string Aggregation, bool Native, string? Site);

public sealed record ViewResponse(string Name, IReadOnlyList<ViewColumnResponse> Columns);

public sealed record ViewsResponse(
    IReadOnlyList<ViewResponse> ColumnViews,
    IReadOnlyList<ViewResponse> CardViews,
    bool ColumnViewsAreDefaults,
    bool CardViewsAreDefaults);
