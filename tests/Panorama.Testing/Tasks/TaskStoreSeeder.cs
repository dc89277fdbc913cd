using Microsoft.EntityFrameworkCore;
using Panorama.Core.Connections;
using Panorama.Data;
using Panorama.Data.Boxes;
using Panorama.Data.Connections;
using Panorama.Data.Tasks;

namespace Panorama.Testing.Tasks;

/// <summary>
/// Writes connections, tasks, links and scope memberships straight into a store, as the sync engine would: every
/// write takes the next change version. For tests and benchmarks; the store is assumed to have no other writer.
/// </summary>
public sealed class TaskStoreSeeder(Func<PanoramaDbContext> contexts, ConnectionSecrets? secrets = null)
{
    private const int BatchSize = 5_000;
    private long? _version;

    public async Task AddConnectionAsync(SeedSite site, ConnectionStatus status = ConnectionStatus.Valid, string? statusReason = null,
        DependencyMapping? dependencies = null, CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        var connection = new Connection
        {
            Id = site.Id,
            Name = site.Name,
            BaseUrl = $"https://{site.Name}.atlassian.net",
            Email = $"panorama@{site.Name}.example",
            ProtectedApiToken = secrets?.ProtectApiToken($"seeded-token-{site.Name}") ?? "seeded",
            ProtectedWebhookSecret = secrets?.ProtectWebhookSecret(ConnectionSecrets.NewWebhookSecret()) ?? "seeded",
            Role = site.IsPrimary ? ConnectionRole.Primary : ConnectionRole.Secondary,
            Status = status,
            StatusReason = statusReason,
            CreatedAt = DateTimeOffset.UtcNow,
            TokenSetAt = DateTimeOffset.UtcNow,
            Version = 1,
        };
        connection.WriteDependencyMapping(dependencies ?? DependencyMapping.Empty);
        db.Connections.Add(connection);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SetConnectionStatusAsync(Guid connectionId, ConnectionStatus status, string? reason = null, CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        var connection = await db.Connections.SingleAsync(c => c.Id == connectionId, cancellationToken);
        connection.Status = status;
        connection.StatusReason = reason;
        connection.Version++;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds tasks in batches (fast enough for 100,000), each with the next change version.</summary>
    public async Task AddTasksAsync(IEnumerable<TaskRecord> tasks, CancellationToken cancellationToken = default)
    {
        foreach (var batch in tasks.Chunk(BatchSize))
        {
            await using var db = contexts();
            foreach (var task in batch)
            {
                task.ChangeVersion = await NextVersionAsync(db, cancellationToken);
            }

            db.Tasks.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Changes a task and gives it a new change version (what an applied webhook does).</summary>
    public async Task UpdateTaskAsync(Guid connectionId, long issueId, Action<TaskRecord> change, CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        var task = await db.Tasks.SingleAsync(t => t.ConnectionId == connectionId && t.IssueId == issueId, cancellationToken);
        change(task);
        task.ChangeVersion = await NextVersionAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Tombstones a task (Jira deleted the issue).</summary>
    public Task DeleteTaskAsync(Guid connectionId, long issueId, CancellationToken cancellationToken = default) =>
        UpdateTaskAsync(connectionId, issueId, t => t.DeletedAt = DateTimeOffset.UtcNow, cancellationToken);

    public async Task AddLinksAsync(IEnumerable<TaskLinkRecord> links, CancellationToken cancellationToken = default)
    {
        foreach (var batch in links.Chunk(BatchSize))
        {
            await using var db = contexts();
            foreach (var link in batch)
            {
                link.ChangeVersion = await NextVersionAsync(db, cancellationToken);
            }

            db.TaskLinks.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Deletes a link row outright (no version is left behind: readers notice the row count).</summary>
    public async Task RemoveLinkAsync(Guid connectionId, long linkId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        await db.TaskLinks.Where(l => l.ConnectionId == connectionId && l.LinkId == linkId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Records that Jira says these issues match an integration's JQL.</summary>
    public async Task AddMembershipsAsync(Guid integrationId, Guid connectionId, IEnumerable<long> issueIds, CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        foreach (var issueId in issueIds)
        {
            db.ScopeMemberships.Add(new ScopeMembershipRecord
            {
                IntegrationId = integrationId,
                ConnectionId = connectionId,
                IssueId = issueId,
                ChangeVersion = await NextVersionAsync(db, cancellationToken),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveMembershipAsync(Guid integrationId, long issueId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        await db.ScopeMemberships.Where(m => m.IntegrationId == integrationId && m.IssueId == issueId).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<long> NextVersionAsync(PanoramaDbContext db, CancellationToken cancellationToken)
    {
        _version ??= Math.Max(
            await db.Tasks.MaxAsync(t => (long?)t.ChangeVersion, cancellationToken) ?? 0,
            Math.Max(await db.TaskLinks.MaxAsync(l => (long?)l.ChangeVersion, cancellationToken) ?? 0,
                await db.ScopeMemberships.MaxAsync(m => (long?)m.ChangeVersion, cancellationToken) ?? 0));
        _version++;
        return _version.Value;
    }
}
