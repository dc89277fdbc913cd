namespace Panorama.Web.Components.Gantt;

/// <summary>
/// Where the Gantt gets its rows: pages in tree order (a 100,000-row box is never loaded whole), and the
/// dependencies among the rows on screen. A box page implements it over the box API or its services; the demo page
/// over synthetic rows in memory.
/// </summary>
public interface IGanttDataSource
{
    /// <summary>Rows <c>[offset, offset + limit)</c> in tree order, and how many rows there are in all.</summary>
    Task<GanttRowsPage> GetRowsAsync(int offset, int limit, CancellationToken cancellationToken);

    /// <summary>The dependencies whose two ends are both among <paramref name="taskIds"/>.</summary>
    Task<IReadOnlyList<GanttDependency>> GetDependenciesAsync(IReadOnlySet<string> taskIds, CancellationToken cancellationToken);
}

/// <summary>A page of rows and the total row count.</summary>
public sealed record GanttRowsPage(IReadOnlyList<GanttRow> Rows, int TotalCount);
