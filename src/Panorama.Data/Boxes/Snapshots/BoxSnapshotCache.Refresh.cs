using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Panorama.Data.Boxes.Storage;

namespace Panorama.Data.Boxes.Snapshots;

public sealed partial class BoxSnapshotCache
{
    /// <summary>
    /// Brings one box up to the mirror: applies the changed tasks to its snapshot when only tasks, links or its own
    /// settings (modes, calendar, views) changed; rebuilds it when its scope, structure or the sites changed.
    /// </summary>
    private async Task<LoadedBox> RefreshBoxAsync(PanoramaDbContext db, Guid boxId, StoreProbe probe, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        _boxes.TryGetValue(boxId, out var entry);
        var old = entry?.Box;
        var change = old is not null && old.Sites.Stamp.Equals(probe.Connections) ? _mirror.ChangesSince(old.Generation) : null;
        LoadedBox box;
        string how;
        if (old is not null && change is { Reset: false, SitesChanged: false } && old.Stamp.Matches(probe.Boxes, boxId))
        {
            box = LoadedBoxBuilder.Update(old, _mirror, change);
            how = "updated";
        }
        else
        {
            var settings = await BoxSettingsLoader.LoadAsync(db, boxId, _mirror.Sites, cancellationToken)
                ?? throw new InvalidOperationException($"Box {boxId} disappeared while it was loaded.");
            var stamp = BoxStamp.Of(probe.Boxes, boxId, settings.ShowsSubBoxes);
            if (old is not null && change is { Reset: false, SitesChanged: false } && SameTree(old.Settings, settings))
            {
                box = LoadedBoxBuilder.Update(old.WithSettings(settings, stamp), _mirror, change);
                how = "updated with new settings";
            }
            else
            {
                box = LoadedBoxBuilder.Build(settings, _mirror, stamp, old?.Recipes ?? new BoxRecipes(_derivations));
                how = "built";
            }
        }

        _boxes[boxId] = new Entry(box) { LastRead = time.GetTimestamp() };
        WarmUpInBackground(box, old);
        LogRefreshed(boxId, how, box.Tasks.Count, box.Snapshot.Tree.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return box;
    }

    /// <summary>Whether two settings of a box give the same tasks in the same tree (only views, modes or the calendar differ).</summary>
    private static bool SameTree(BoxSettings before, BoxSettings after) =>
        !before.ShowsSubBoxes && !after.ShowsSubBoxes &&
        before.Scope.Select(s => (s.IntegrationId, s.Integration.ToJql())).SequenceEqual(after.Scope.Select(s => (s.IntegrationId, s.Integration.ToJql()))) &&
        StructureJson.Write(before.Structure.Builders) == StructureJson.Write(after.Structure.Builders);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Box {BoxId} {How}: {Tasks} tasks, {Rows} rows in {Milliseconds:F1} ms")]
    private partial void LogRefreshed(Guid boxId, string how, int tasks, int rows, double milliseconds);
}
