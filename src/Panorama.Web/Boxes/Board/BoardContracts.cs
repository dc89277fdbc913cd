namespace Panorama.Web.Boxes.Board;

/// <summary>
/// The box's tasks as board columns. Grouped by status, groups are keyed by (site, status): two sites' "In Progress"
/// are two groups (rule 15); by statusCategory they merge across sites. Each card carries the card view's fields.
/// </summary>
public sealed record BoardResponse(
    Guid BoxId,
    string GroupBy,
    string CardView,
    IReadOnlyList<Views.ViewColumnResponse> Fields,
    IReadOnlyList<BoardGroupResponse> Groups,
    long Version);

/// <summary>A column: <c>site</c> is set for status groups; <c>count</c> is every card in it, <c>cards</c> the first <c>limit</c>.</summary>
public sealed record BoardGroupResponse(string Key, string Label, object? Value, string? Site, int Count, IReadOnlyList<BoardCardResponse> Cards);

public sealed record BoardCardResponse(string Id, string Key, string Summary, string Site, bool Stale, IReadOnlyList<object?> Fields);
