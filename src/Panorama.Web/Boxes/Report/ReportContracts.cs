namespace Panorama.Web.Boxes.Report;

/// <summary>The task report (rule 16): built-in fields and the primary site's native fields, one row per task.</summary>
public sealed record ReportResponse(Guid BoxId, IReadOnlyList<string> Columns, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);
