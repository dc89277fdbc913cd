using Microsoft.EntityFrameworkCore;
using Panorama.Core.Connections;
using Panorama.Data.Audit;
using Panorama.Sync.Connections.Mappings;

namespace Panorama.Sync.Connections.Administration;

public sealed partial class ConnectionAdministration
{
    /// <summary>
    /// Deletes a connection: its webhook on the site (best effort: the notes say when it must be removed by hand), then,
    /// in one transaction, its tasks, links and every app-only dependency touching them, and the connection with its
    /// encrypted token. Boxes stop showing its tasks at once; <see cref="IConnectionRemovedListener"/>s drop what else
    /// refers to it. The primary can be deleted only when it is the last connection.
    /// </summary>
    public async Task<ConnectionChange> DeleteAsync(Guid connectionId, AuditActor actor, CancellationToken cancellationToken)
    {
        var connection = await store.FindAsync(connectionId, cancellationToken);
        if (connection is null)
        {
            return ConnectionChange.NotFound;
        }

        var others = (await store.ListAsync(cancellationToken)).Where(c => c.Id != connectionId).ToList();
        if (connection.Role == ConnectionRole.Primary && others.Count > 0)
        {
            return ConnectionChange.Conflict(
                $"'{connection.Name}' is the primary connection: make another connection primary first " +
                $"(POST /api/connections/{others[0].Id}/primary for '{others[0].Name}'), then delete this one.");
        }

        var notes = new List<string>();
        var webhookError = await webhooks.RemoveAsync(connection, cancellationToken);
        if (webhookError is not null)
        {
            notes.Add(webhookError);
        }

        int tasks, links, dependencies;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            dependencies = await db.AppDependencies
                .Where(d => d.PredecessorConnectionId == connectionId || d.SuccessorConnectionId == connectionId)
                .ExecuteDeleteAsync(cancellationToken);
            links = await db.TaskLinks.Where(l => l.ConnectionId == connectionId).ExecuteDeleteAsync(cancellationToken);
            tasks = await db.Tasks.Where(t => t.ConnectionId == connectionId).ExecuteDeleteAsync(cancellationToken);
            if (await db.Connections.Where(c => c.Id == connectionId).ExecuteDeleteAsync(cancellationToken) == 0)
            {
                return ConnectionChange.NotFound;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        credentials.Forget(connectionId);
        notes.Add($"Removed {tasks} tasks, {links} issue links and {dependencies} app-only dependencies of '{connection.Name}' from Panorama (nothing was changed in Jira).");
        await RecordAsync(AuditActions.ConnectionDeleted, connection, actor,
        [
            new("name", connection.Name, null),
            new("url", connection.BaseUrl, null),
            new("email", connection.Email, null),
            new("role", MappingText.Role(connection.Role), null),
        ], cancellationToken, new Dictionary<string, string?>
        {
            ["name"] = connection.Name,
            ["tasks"] = tasks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["webhookError"] = webhookError,
        });
        foreach (var listener in removedListeners)
        {
            await listener.ConnectionRemovedAsync(connectionId, connection.Name, cancellationToken);
        }

        return new ConnectionChange(ConnectionChangeStatus.Done) { Connection = connection, Notes = notes };
    }
}
