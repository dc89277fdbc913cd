using Panorama.Core.Fields;

namespace Panorama.Core.Reports;

/// <summary>The task report: a header per column (its display name) and a row per task, JSON-friendly cells.</summary>
public sealed record ReportTable(IReadOnlyList<FieldRef> Columns, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);
