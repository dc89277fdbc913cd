using System.Data.Common;
using System.Globalization;
using Panorama.Jira.Client;
using Panorama.Sync.Connections;
using Panorama.Sync.Scope;
using Panorama.Sync.Store;

namespace Panorama.Sync.Webhooks;

/// <summary>
/// Applies a batch of claimed deliveries of one connection: coalesces them (<see cref="DeliveryBatch"/>), re-reads
/// what a payload did not say, decides scope membership, and writes everything in one store transaction. The store
/// keeps the order rules, so batches on two nodes may run in any order and still converge.
/// </summary>
public sealed class DeliveryApplier(TaskStore store, ScopeEvaluator scope, IJiraClientFactory jira)
{
    /// <summary>Applies the batch; <paramref name="alsoCommit"/> runs in the same transaction (the inbox marks the deliveries applied).</summary>
    internal async Task<TaskWriteResult> ApplyAsync(SyncConnection connection, DeliveryBatch batch,
        Func<DbCommand, SqlDialect, CancellationToken, Task>? alsoCommit, CancellationToken cancellationToken)
    {
        var rows = new List<TaskRow>(batch.Bodies.Count + batch.Reread.Count);
        var reread = batch.Reread.ToHashSet();
        foreach (var (id, issue) in batch.Bodies)
        {
            if (TaskRowReader.Read(issue, connection) is { } row)
            {
                rows.Add(row);
            }
            else
            {
                reread.Add(id);
            }
        }

        if (reread.Count > 0)
        {
            var fetched = await jira.Create(connection.Site).BulkFetchAsync(
                [.. reread.Select(id => id.ToString(CultureInfo.InvariantCulture))], TaskRowReader.FetchFields, cancellationToken);
            rows.AddRange(fetched.Issues.Select(i => TaskRowReader.Read(i, connection)).OfType<TaskRow>());
        }

        var verdicts = await scope.EvaluateAsync(connection, [.. rows.Select(r => r.IssueId).Distinct()], [.. batch.Deleted.Keys], cancellationToken);
        return await store.WriteAsync(new TaskWrite
        {
            Connection = connection,
            Rows = rows,
            Tombstones = [.. batch.Deleted.Values],
            DeletedLinks = batch.DeletedLinks,
            Scope = verdicts,
            AlsoCommit = alsoCommit,
        }, cancellationToken);
    }
}
