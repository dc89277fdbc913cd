using Microsoft.EntityFrameworkCore;
using Panorama.Core.Access;
using Panorama.Core.Boxes;
using Panorama.Data;
using Panorama.Data.Boxes;
using Panorama.Data.Boxes.Snapshots;

namespace Panorama.Web.Boxes.Hierarchy;

/// <summary>The boxes table as the Core <see cref="BoxHierarchy"/> (whose rules every change goes through) and back.</summary>
internal static class BoxRecords
{
    /// <summary>Every box, tracked, with the hierarchy they make (the table is small: hundreds of rows).</summary>
    public static async Task<(BoxHierarchy Hierarchy, Dictionary<Guid, BoxRecord> Records)> LoadAsync(PanoramaDbContext db, CancellationToken cancellationToken)
    {
        var records = await db.Boxes.ToDictionaryAsync(b => b.Id, cancellationToken);
        var hierarchy = BoxHierarchy.Load(records.Values.Select(BoxSettingsLoader.ToBox));
        return (hierarchy.IsOk ? hierarchy.Value : throw new InvalidOperationException(hierarchy.Refusal), records);
    }

    /// <summary>Copies the changed boxes onto their rows and bumps each row's revision.</summary>
    public static void Apply(BoxChange change, IReadOnlyDictionary<Guid, BoxRecord> records)
    {
        foreach (var box in change.Changed)
        {
            var record = records[box.Id];
            record.Name = box.Name;
            record.TypeName = box.Type.Name;
            record.ParentId = box.ParentId;
            record.PeriodStart = box.Period.Start;
            record.PeriodEnd = box.Period.End;
            record.IsArchived = box.IsArchived;
            record.Revision++;
        }
    }

    public static BoxResponse ToResponse(BoxRecord record, BoxRole role, Guid? visibleParent) => new(
        record.Id,
        record.Name,
        BoxType.FromName(record.TypeName).Name,
        visibleParent,
        record.PeriodStart,
        record.PeriodEnd,
        record.IsArchived,
        RoleName(role),
        record.CreatedAt,
        record.Revision);

    public static string RoleName(BoxRole role) => role.ToString().ToLowerInvariant();

    /// <summary>The built-in type or an administrator's type of that name; null when neither exists.</summary>
    public static async Task<BoxType?> FindTypeAsync(PanoramaDbContext db, string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return BoxType.Project;
        }

        var trimmed = name.Trim();
        if (BoxType.BuiltIn.FirstOrDefault(t => string.Equals(t.Name, trimmed, StringComparison.OrdinalIgnoreCase)) is { } builtIn)
        {
            return builtIn;
        }

        var defined = await db.BoxTypes.AsNoTracking().Select(t => t.Name).ToListAsync(cancellationToken);
        return defined.FirstOrDefault(d => string.Equals(d, trimmed, StringComparison.OrdinalIgnoreCase)) is { } found
            ? BoxType.FromName(found)
            : null;
    }

    public static string UnknownType(string name) =>
        $"Box type '{name.Trim()}' is not defined. Choose Portfolio, Program, Project or Iteration, or ask an application " +
        "administrator to define it (POST /api/box-types).";
}
