namespace Panorama.JiraSim.State;

/// <summary>One entry of an issue's changelog: who changed what, when.</summary>
internal sealed record ChangeHistory(long Id, string AuthorAccountId, DateTimeOffset Created, IReadOnlyList<ChangeItem> Items);

/// <summary>
/// A changelog item as Jira writes it: <see cref="Field"/> is the display name for custom fields and the id for system
/// fields; <see cref="From"/>/<see cref="To"/> hold ids or raw values, <see cref="FromText"/>/<see cref="ToText"/>
/// (JSON <c>fromString</c>/<c>toString</c>) what a person reads.
/// </summary>
internal sealed record ChangeItem(string Field, string FieldType, string FieldId, string? From, string? FromText, string? To, string? ToText);
