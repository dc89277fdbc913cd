using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Connections;
using Panorama.Core.Fields;
using Panorama.Data.Audit;
using Panorama.Data.Connections;
using Panorama.Sync.Connections.Mappings;

namespace Panorama.Sync.Connections.Administration;

public sealed partial class ConnectionAdministration
{
    /// <summary>
    /// Makes a connection the primary, in one transaction with demoting the current one (the database's partial unique
    /// index keeps it to one at every moment). The demoted connection loses its <i>Not synchronized</i> entries, which
    /// only a primary may have (rule 11): those fields become unmapped, and the result's notes say which.
    /// </summary>
    public async Task<ConnectionChange> MakePrimaryAsync(Guid connectionId, AuditActor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var target = await db.Connections.SingleOrDefaultAsync(c => c.Id == connectionId, cancellationToken);
        if (target is null)
        {
            return ConnectionChange.NotFound;
        }

        if (target.Role == ConnectionRole.Primary)
        {
            return new ConnectionChange(ConnectionChangeStatus.Done) { Connection = target, Notes = [$"'{target.Name}' is the primary already."] };
        }

        var previous = await db.Connections.SingleOrDefaultAsync(c => c.Role == ConnectionRole.Primary, cancellationToken);
        var notes = new List<string>();
        var dropped = new List<FieldMappingEntry>();
        if (previous is not null)
        {
            var mapping = previous.ReadFieldMapping();
            dropped.AddRange(mapping.Entries.Where(e => e.Mode == FieldMappingMode.NotSynchronized));
            previous.WriteFieldMapping(new FieldMapping([.. mapping.Entries.Where(e => e.Mode != FieldMappingMode.NotSynchronized)]));
            previous.Role = ConnectionRole.Secondary;
            previous.Version++;

            // Demote first, in its own statement: the single-primary index is checked per statement.
            await db.SaveChangesAsync(cancellationToken);
            if (dropped.Count > 0)
            {
                notes.Add($"{string.Join(", ", dropped.Select(e => e.Field.JsonName()))} on '{previous.Name}' were 'Not synchronized', which only " +
                    $"the primary may be: they are unmapped now. Map them to fields of '{previous.Name}' (PUT /api/connections/{previous.Id}/field-mapping).");
            }
        }

        target.Role = ConnectionRole.Primary;
        target.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return ConnectionChange.Conflict("The primary connection changed at the same moment: list the connections and try again.");
        }

        var changes = new List<AuditFieldChange> { new("primary", previous?.Name, target.Name) };
        changes.AddRange(dropped.Select(e => new AuditFieldChange($"{previous!.Name}.{e.Field.JsonName()}",
            new JsonObject { ["mode"] = MappingText.Mode(e.Mode) }, null)));
        await RecordAsync(AuditActions.ConnectionPrimaryChanged, target, actor, changes, cancellationToken);
        return new ConnectionChange(ConnectionChangeStatus.Done) { Connection = target, Notes = notes };
    }
}
