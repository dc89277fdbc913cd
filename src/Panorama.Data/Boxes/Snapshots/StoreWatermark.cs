using Microsoft.EntityFrameworkCore;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// How far the task store has come: the highest change version of the tables box snapshots read, and the row counts
/// of the tables whose rows may be deleted outright (a deleted link, dependency or membership leaves no version
/// behind; the count shows it). One indexed query; equal watermarks mean nothing a box shows has changed.
/// </summary>
public sealed record StoreWatermark(
    long TaskVersion,
    long LinkVersion,
    long LinkCount,
    long AppDependencyVersion,
    long AppDependencyCount,
    long MembershipVersion,
    long MembershipCount)
{
    public static StoreWatermark Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    // Quoted identifiers read the same on SQLite and PostgreSQL (EF keeps the property names as column names).
    internal const string Sql = """
        SELECT
          (SELECT COALESCE(MAX("ChangeVersion"), 0) FROM tasks) AS "TaskVersion",
          (SELECT COALESCE(MAX("ChangeVersion"), 0) FROM task_links) AS "LinkVersion",
          (SELECT COUNT(*) FROM task_links) AS "LinkCount",
          (SELECT COALESCE(MAX("ChangeVersion"), 0) FROM app_dependencies) AS "AppDependencyVersion",
          (SELECT COUNT(*) FROM app_dependencies) AS "AppDependencyCount",
          (SELECT COALESCE(MAX("ChangeVersion"), 0) FROM scope_memberships) AS "MembershipVersion",
          (SELECT COUNT(*) FROM scope_memberships) AS "MembershipCount"
        """;

    public static async Task<StoreWatermark> ReadAsync(PanoramaDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQueryRaw<StoreWatermark>(Sql).ToListAsync(cancellationToken);
        return rows.Single();
    }
}
