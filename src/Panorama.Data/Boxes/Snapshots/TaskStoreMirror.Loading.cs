using Microsoft.EntityFrameworkCore;
using Panorama.Core.Dependencies;
using Panorama.Core.Tasks;
using Panorama.Data.Tasks;

namespace Panorama.Data.Boxes.Snapshots;

public sealed partial class TaskStoreMirror
{
    private long _taskVersion;
    private long _linkVersion;
    private long _memberVersion;
    private long _appVersion;
    private long _appRowCount;

    /// <summary>Loads what changed since the last refresh, judged by <paramref name="probe"/>; records one change.</summary>
    public async Task<MirrorChange> RefreshAsync(PanoramaDbContext db, StoreProbe probe, CancellationToken cancellationToken)
    {
        var change = new MirrorChange(Generation + 1);
        if (!probe.Connections.Equals(Sites.Stamp))
        {
            Sites = SiteCatalog.From(await db.Connections.AsNoTracking().ToListAsync(cancellationToken));
            change.SitesChanged = true;
        }

        var seen = probe.Watermark;
        if (seen.TaskVersion < _taskVersion || seen.LinkVersion < _linkVersion || seen.MembershipVersion < _memberVersion)
        {
            // Versions went back (a restored database): nothing loaded so far can be trusted.
            Clear();
            change.Reset = true;
        }

        if (seen.TaskVersion > _taskVersion)
        {
            await LoadTasksAsync(db, change, cancellationToken);
        }

        if (seen.LinkVersion != _linkVersion || seen.LinkCount != _links.Count)
        {
            await LoadLinksAsync(db, change, cancellationToken);
        }

        if (seen.MembershipVersion != _memberVersion || seen.MembershipCount != _memberCount)
        {
            await LoadMembershipsAsync(db, change, cancellationToken);
        }

        if (seen.AppDependencyVersion != _appVersion || seen.AppDependencyCount != _appRowCount)
        {
            await LoadAppDependenciesAsync(db, cancellationToken);
            change.AppDependenciesChanged = true;
        }

        Watermark = new StoreWatermark(_taskVersion, _linkVersion, _links.Count, _appVersion, _appRowCount, _memberVersion, _memberCount);
        Publish(change);
        return change;
    }

    private void Clear()
    {
        _tasks.Clear();
        _links.Clear();
        _members.Clear();
        _appDependencies = [];
        _memberCount = 0;
        _taskVersion = _linkVersion = _memberVersion = _appVersion = _appRowCount = 0;
    }

    /// <summary>Task rows above the last version seen, streamed: a tombstone removes the task.</summary>
    private async Task LoadTasksAsync(PanoramaDbContext db, MirrorChange change, CancellationToken cancellationToken)
    {
        await foreach (var (key, task, version) in TaskRowReader.ReadAsync(db, _taskVersion, _refs, cancellationToken))
        {
            _taskVersion = Math.Max(_taskVersion, version);
            if (task is null)
            {
                if (_tasks.Remove(key))
                {
                    change.Tasks.Add(key);
                }

                continue;
            }

            _tasks[key] = task;
            change.Tasks.Add(key);
        }
    }

    private async Task LoadLinksAsync(PanoramaDbContext db, MirrorChange change, CancellationToken cancellationToken)
    {
        var since = _linkVersion;
        await foreach (var row in db.TaskLinks.AsNoTracking().Where(l => l.ChangeVersion > since).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            _links[(row.ConnectionId, row.LinkId)] = row.ToTaskLink();
            _linkVersion = Math.Max(_linkVersion, row.ChangeVersion);
        }

        // Rows deleted since the last refresh leave no version: the count tells, and then the whole table is read.
        if (await db.TaskLinks.LongCountAsync(cancellationToken) != _links.Count)
        {
            _links.Clear();
            await foreach (var row in db.TaskLinks.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                _links[(row.ConnectionId, row.LinkId)] = row.ToTaskLink();
                _linkVersion = Math.Max(_linkVersion, row.ChangeVersion);
            }
        }

        change.LinksChanged = true;
    }

    private async Task LoadMembershipsAsync(PanoramaDbContext db, MirrorChange change, CancellationToken cancellationToken)
    {
        var since = _memberVersion;
        var added = await db.ScopeMemberships.AsNoTracking().Where(m => m.ChangeVersion > since).ToListAsync(cancellationToken);
        foreach (var row in added)
        {
            _memberVersion = Math.Max(_memberVersion, row.ChangeVersion);
            if (MembersOf(row.IntegrationId, row.ConnectionId).Issues.Add(row.IssueId))
            {
                _memberCount++;
                change.Tasks.Add(new TaskKey(row.ConnectionId, row.IssueId));
            }
        }

        if (await db.ScopeMemberships.LongCountAsync(cancellationToken) == _memberCount)
        {
            return;
        }

        // Some rows were deleted: read them all and report every issue whose membership differs.
        var before = _members.ToDictionary(m => m.Key, m => m.Value);
        _members.Clear();
        _memberCount = 0;
        await foreach (var row in db.ScopeMemberships.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            _memberVersion = Math.Max(_memberVersion, row.ChangeVersion);
            if (MembersOf(row.IntegrationId, row.ConnectionId).Issues.Add(row.IssueId))
            {
                _memberCount++;
            }

            if (!(before.TryGetValue(row.IntegrationId, out var old) && old.Issues.Remove(row.IssueId)))
            {
                change.Tasks.Add(new TaskKey(row.ConnectionId, row.IssueId));
            }
        }

        // What is left of the old sets was removed.
        foreach (var old in before.Values)
        {
            change.Tasks.UnionWith(old.Issues.Select(issue => new TaskKey(old.ConnectionId, issue)));
        }
    }

    private MemberSet MembersOf(Guid integrationId, Guid connectionId)
    {
        if (!_members.TryGetValue(integrationId, out var members))
        {
            _members[integrationId] = members = new MemberSet(connectionId);
        }

        return members;
    }

    private async Task LoadAppDependenciesAsync(PanoramaDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.AppDependencies.AsNoTracking().ToListAsync(cancellationToken);
        _appRowCount = rows.Count;
        _appVersion = rows.Count == 0 ? 0 : rows.Max(r => r.ChangeVersion);
        _appDependencies = [.. rows.Select(ToAppDependency).OfType<AppDependency>()];
    }

    private static AppDependency? ToAppDependency(AppDependencyRecord row)
    {
        var dependency = Dependency.AppOnly(
            new TaskKey(row.PredecessorConnectionId, row.PredecessorIssueId),
            new TaskKey(row.SuccessorConnectionId, row.SuccessorIssueId),
            row.Type,
            row.LagDays,
            row.Strength);
        return dependency.IsOk ? new AppDependency(row.Id, dependency.Value) : null;
    }
}
