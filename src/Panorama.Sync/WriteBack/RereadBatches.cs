using System.Collections.Concurrent;
using System.Globalization;
using Panorama.Jira.Client;
using Panorama.Sync.Connections;
using Panorama.Sync.Scope;
using Panorama.Sync.Store;

namespace Panorama.Sync.WriteBack;

/// <summary>
/// The re-reads that follow successful field edits, coalesced per connection: the first one starts at once, and the
/// edits that finish while it is on its way wait for the next <c>bulkfetch</c> together (up to 100 issues, one store
/// transaction). A quiet outbox waits for nothing; a busy one makes one read per batch instead of one per edit, which
/// was half of its calls to Jira.
/// </summary>
public sealed class RereadBatches(IJiraClientFactory jira, TaskStore store)
{
    private const int MaxIssues = 100;

    private readonly ConcurrentDictionary<Guid, Lane> _lanes = new();

    /// <summary>Re-reads an issue just written and applies it over the shown state (forced: the value Panorama meant to write is replaced by Jira's).</summary>
    public Task RereadAsync(SyncConnection connection, long issueId, CancellationToken cancellationToken)
    {
        var lane = _lanes.GetOrAdd(connection.Id, _ => new Lane());
        var waiter = new Waiter(connection, issueId, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        bool lead;
        lock (lane)
        {
            lane.Queue.Enqueue(waiter);
            lead = !lane.Running;
            lane.Running = true;
        }

        if (lead)
        {
            _ = Task.Run(() => DrainAsync(lane), CancellationToken.None);
        }

        return waiter.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Re-reads issues at once (one <c>bulkfetch</c> of up to 100) and applies them; returns the rows Jira gave.</summary>
    internal async Task<IReadOnlyList<TaskRow>> ReadNowAsync(SyncConnection connection, IReadOnlyCollection<long> issueIds, bool force,
        ScopeVerdicts verdicts, CancellationToken cancellationToken)
    {
        var result = await jira.Create(connection.Site).BulkFetchAsync(
            [.. issueIds.Select(id => id.ToString(CultureInfo.InvariantCulture))], TaskRowReader.FetchFields, cancellationToken);
        var rows = result.Issues.Select(i => TaskRowReader.Read(i, connection)).OfType<TaskRow>().ToList();
        await store.WriteAsync(new TaskWrite { Connection = connection, Rows = rows, Force = force, Scope = verdicts }, cancellationToken);
        return rows;
    }

    private async Task DrainAsync(Lane lane)
    {
        while (true)
        {
            var batch = new List<Waiter>(MaxIssues);
            lock (lane)
            {
                while (batch.Count < MaxIssues && lane.Queue.TryDequeue(out var next))
                {
                    batch.Add(next);
                }

                if (batch.Count == 0)
                {
                    lane.Running = false;
                    return;
                }
            }

            try
            {
                // The newest settings of the connection (a mapping may have changed while earlier edits waited).
                var ids = batch.Select(w => w.IssueId).Distinct().ToList();
                await ReadNowAsync(batch[^1].Connection, ids, force: true, ScopeVerdicts.Unchanged, CancellationToken.None);
                batch.ForEach(w => w.Done.TrySetResult());
            }
            catch (Exception ex)
            {
                batch.ForEach(w => w.Done.TrySetException(ex));
            }
        }
    }

    private sealed record Waiter(SyncConnection Connection, long IssueId, TaskCompletionSource Done);

    private sealed class Lane
    {
        public Queue<Waiter> Queue { get; } = new();

        public bool Running { get; set; }
    }
}
