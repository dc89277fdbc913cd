using Panorama.Core.Fields;
using Panorama.Core.Outcomes;
using Panorama.Core.Tasks;

namespace Panorama.Core.Reports;

/// <summary>
/// The task report (rule 16): it offers the built-in fields and the primary site's native fields only. A secondary
/// site's native field is refused with a message that says so.
/// </summary>
public static class TaskReport
{
    /// <summary>Key, summary, site, status category, start, end, progress: what a report shows when no column is chosen.</summary>
    public static IReadOnlyList<FieldRef> DefaultColumns { get; } =
    [
        BuiltInField.Key, BuiltInField.Summary, BuiltInField.Site, BuiltInField.IssueType, BuiltInField.StatusCategory,
        BuiltInField.Assignee, BuiltInField.StartDate, BuiltInField.EndDate, BuiltInField.Progress,
    ];

    /// <summary>Whether the report may show these columns.</summary>
    public static Outcome<IReadOnlyList<FieldRef>> CheckColumns(IEnumerable<FieldRef> columns, SiteDirectory sites)
    {
        var list = columns.ToList();
        if (list.Count == 0)
        {
            return Outcome.Ok(DefaultColumns);
        }

        foreach (var column in list.Where(c => c.IsNative))
        {
            var site = sites.Find(column.ConnectionId);
            if (site is null)
            {
                return Outcome.Refused<IReadOnlyList<FieldRef>>(
                    $"Field {column.FieldId} belongs to a connection that does not exist. The task report offers the built-in fields and the primary site's fields.");
            }

            if (!site.IsPrimary)
            {
                var primary = sites.Primary?.Name ?? "the primary site";
                return Outcome.Refused<IReadOnlyList<FieldRef>>(
                    $"Field '{column.ToDisplayString(sites)}' belongs to the secondary site '{site.Name}'. The task report offers " +
                    $"the built-in fields and the native fields of the primary site ('{primary}') only; use a built-in field, " +
                    "or show this field in a column view instead.");
            }
        }

        return list;
    }

    /// <summary>The report over tasks (every site's tasks; primary-site native columns are empty for the others).</summary>
    public static Outcome<ReportTable> Build(IEnumerable<PlanTask> tasks, IEnumerable<FieldRef> columns, SiteDirectory sites)
    {
        var checkedColumns = CheckColumns(columns, sites);
        if (!checkedColumns.IsOk)
        {
            return Outcome.Refused<ReportTable>(checkedColumns.Refusal!);
        }

        var list = checkedColumns.Value;
        var rows = tasks.Select(task => (IReadOnlyList<object?>)[.. list.Select(c => TaskFieldValues.Cell(task, c, sites))]).ToList();
        return new ReportTable(list, [.. list.Select(c => c.ToDisplayString(sites))], rows);
    }
}
