using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Panorama.Core.Access;
using Panorama.Core.Fields;
using Panorama.Core.Reports;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Web.Auth.Boxes;

namespace Panorama.Web.Boxes.Report;

/// <summary><c>GET /api/boxes/{id}/report</c>: the task report as JSON, or CSV with <c>Accept: text/csv</c> or <c>format=csv</c>.</summary>
internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this RouteGroupBuilder boxes)
    {
        boxes.MapGet("/{id:guid}/report", GetAsync).RequireBoxRole(BoxRole.Viewer)
            .WithName("GetBoxReport").WithSummary("Get the box's task report (JSON or CSV)")
            .WithDescription("columns: built-in fields and native fields of the primary site ('alpha:customfield_10016'), comma-separated " +
                             "or repeated (default: key, summary, site, issue type, status category, assignee, start, end, progress). A " +
                             "secondary site's field is refused (rule 16). CSV (RFC 4180) with Accept: text/csv or format=csv.")
            .Produces<ReportResponse>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
    }

    internal static async Task<Results<Ok<ReportResponse>, SegmentedPayload, ProblemHttpResult>> GetAsync(
        Guid id, BoxSnapshotCache cache, HttpRequest request, CancellationToken ct, string[]? columns = null, string? format = null)
    {
        if (await cache.GetAsync(id, ct) is not { } box)
        {
            return BoxProblems.BoxNotFound();
        }

        var sites = box.Sites.Directory;
        var fields = new List<FieldRef>();
        foreach (var text in (columns ?? []).SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var field = FieldRef.Parse(text, sites);
            if (!field.IsOk)
            {
                return BoxProblems.Refused(field.Refusal!, "Unknown report column");
            }

            fields.Add(field.Value);
        }

        var table = TaskReport.Build(box.Tasks.Tasks, fields, sites);
        if (!table.IsOk)
        {
            return BoxProblems.Refused(table.Refusal!, "Field not offered by the task report");
        }

        if (WantsCsv(request, format))
        {
            var name = $"{string.Concat(box.Box.Name.Select(c => char.IsLetterOrDigit(c) ? c : '-'))}-report.csv";
            // CsvHelper writes synchronously, which the server does not allow on the response stream: render first,
            // into segments (a 100,000-task report is ~10 MB; one string and its bytes would sit on the large object heap).
            return SegmentedPayload.Text("text/csv; charset=utf-8", name, writer => ReportCsv.Write(table.Value, writer));
        }

        return TypedResults.Ok(new ReportResponse(id, [.. table.Value.Columns.Select(c => c.ToDisplayString(sites))], table.Value.Headers, table.Value.Rows));
    }

    private static bool WantsCsv(HttpRequest request, string? format) =>
        string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase) ||
        (format is null && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)));
}
