using Microsoft.EntityFrameworkCore;
using Panorama.Core.Boxes;
using Panorama.Core.Scope;
using Panorama.Core.Tasks;
using Panorama.Core.Views;
using Panorama.Data.Boxes.Storage;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>Reads a box's settings from its tables (see <see cref="BoxSettings"/>).</summary>
public static class BoxSettingsLoader
{
    public static async Task<BoxSettings?> LoadAsync(PanoramaDbContext db, Guid boxId, SiteCatalog sites, CancellationToken cancellationToken)
    {
        var record = await db.Boxes.AsNoTracking().SingleOrDefaultAsync(b => b.Id == boxId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var box = ToBox(record);
        var structure = StructureJson.Load(record.StructureJson, sites.Directory, sites.DependencyRules);
        var views = await db.BoxViews.AsNoTracking().Where(v => v.BoxId == boxId).OrderBy(v => v.Position).ThenBy(v => v.Name)
            .ToListAsync(cancellationToken);
        var defaults = DefaultViews.For(box.Type, sites.Directory);
        var modes = await db.BoxTaskModes.AsNoTracking().Where(m => m.BoxId == boxId)
            .ToDictionaryAsync(m => new TaskKey(m.ConnectionId, m.IssueId), m => m.Mode, cancellationToken);

        var (hierarchy, subScopes) = structure.Builders.Any(b => b is Core.Structure.BoxStructureBuilder)
            ? await LoadSubBoxesAsync(db, boxId, sites, cancellationToken)
            : (null, new Dictionary<Guid, IReadOnlyList<ScopeEntry>>());

        var own = await db.ScopeIntegrations.AsNoTracking().Where(i => i.BoxId == boxId).ToListAsync(cancellationToken);
        return new BoxSettings(
            box,
            ToScope(own, sites.Directory),
            structure,
            ToViews(views, ViewKind.Column, sites.Directory) is { Count: > 0 } columns ? columns : [.. defaults.Where(v => v.Kind == ViewKind.Column)],
            ToViews(views, ViewKind.Card, sites.Directory) is { Count: > 0 } cards ? cards : [.. defaults.Where(v => v.Kind == ViewKind.Card)],
            CalendarText.Read(record.WorkingDays, record.Holidays),
            modes,
            hierarchy,
            subScopes);
    }

    /// <summary>The hierarchy and the scopes of the boxes below <paramref name="boxId"/> (for the box structure builder).</summary>
    public static async Task<(BoxHierarchy? Hierarchy, IReadOnlyDictionary<Guid, IReadOnlyList<ScopeEntry>> Scopes)> LoadSubBoxesAsync(
        PanoramaDbContext db, Guid boxId, SiteCatalog sites, CancellationToken cancellationToken)
    {
        var all = await db.Boxes.AsNoTracking().ToListAsync(cancellationToken);
        var loaded = BoxHierarchy.Load(all.Select(ToBox));
        var hierarchy = loaded.IsOk ? loaded.Value : null;
        var below = hierarchy?.Descendants(boxId).Select(b => b.Id).ToHashSet() ?? [];
        var integrations = await db.ScopeIntegrations.AsNoTracking().Where(i => below.Contains(i.BoxId)).ToListAsync(cancellationToken);
        var scopes = integrations.GroupBy(i => i.BoxId).ToDictionary(g => g.Key, g => ToScope(g, sites.Directory));
        return (hierarchy, scopes);
    }

    public static Box ToBox(BoxRecord record)
    {
        var period = BoxPeriod.Create(record.PeriodStart, record.PeriodEnd);
        return new Box(record.Id, record.Name, BoxType.FromName(record.TypeName), record.ParentId,
            period.IsOk ? period.Value : BoxPeriod.Open, record.IsArchived);
    }

    /// <summary>The stored integrations that still make sense (their connection exists), in site order.</summary>
    public static IReadOnlyList<ScopeEntry> ToScope(IEnumerable<ScopeIntegrationRecord> records, SiteDirectory sites) =>
        [.. records
            .Where(r => sites.Find(r.ConnectionId) is not null)
            .Select(r => (r.Id, Integration: ScopeIntegration.Create(r.ConnectionId, r.ProjectKeyList(), r.Jql, r.NarrowingJql)))
            .Where(r => r.Integration.IsOk)
            .Select(r => new ScopeEntry(r.Id, r.Integration.Value))
            .OrderBy(e => sites.OrderOf(e.Integration.ConnectionId))];

    private static List<View> ToViews(IEnumerable<BoxViewRecord> records, ViewKind kind, SiteDirectory sites) =>
        [.. records.Where(r => r.Kind == kind)
            .Select(r => View.Create(r.Name, kind, ViewJson.Read(r.ColumnsJson, sites), sites))
            .Where(v => v.IsOk)
            .Select(v => v.Value)];
}
