using Microsoft.EntityFrameworkCore;
using Panorama.Core.Connections;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Data.Connections;
using Panorama.Sync.Connections.Checks;
using Panorama.Sync.Connections.Discovery;
using Panorama.Sync.Connections.Mappings;
using Panorama.Sync.Connections.Webhooks;

namespace Panorama.Sync.Connections.Administration;

/// <summary>
/// What application administrators do to connections (rules 1-5): create (then check), edit, replace the token, test,
/// switch the primary, delete. Every change is audited without secrets; the token is encrypted before it is stored and
/// never leaves this class again except through <see cref="ConnectionCredentialSource"/>.
/// </summary>
public sealed partial class ConnectionAdministration(
    IDbContextFactory<PanoramaDbContext> contexts,
    ConnectionStore store,
    ConnectionSecrets secrets,
    ConnectionCredentialSource credentials,
    ConnectionCheckRunner checks,
    ConnectionStatusService status,
    ConnectionDiscovery discovery,
    ConnectionWebhooks webhooks,
    IEnumerable<IConnectionRemovedListener> removedListeners,
    IAuditLog audit,
    TimeProvider time)
{
    public async Task<ConnectionChange> CreateAsync(NewConnection request, AuditActor actor, CancellationToken cancellationToken)
    {
        var errors = ConnectionInput.Errors(
            ("name", ConnectionInput.NameError(request.Name)),
            ("url", ConnectionInput.UrlError(request.Url)),
            ("email", ConnectionInput.EmailError(request.Email)),
            ("apiToken", ConnectionInput.TokenError(request.ApiToken)));
        if (errors.Count > 0)
        {
            return ConnectionChange.Invalid(errors);
        }

        var name = request.Name!.Trim();
        var existing = await store.ListAsync(cancellationToken);
        if (NameTaken(existing, name, except: null) is { } clash)
        {
            return clash;
        }

        var primary = existing.FirstOrDefault(c => c.Role == ConnectionRole.Primary);
        var wantsPrimary = request.Primary ?? primary is null;
        var role = wantsPrimary ? ConnectionRole.Primary : ConnectionRole.Secondary;
        if (role == ConnectionRole.Primary && primary is not null)
        {
            return ConnectionChange.Conflict(SecondPrimary(primary.Name));
        }

        var now = time.GetUtcNow();
        var connection = new Connection
        {
            Id = Guid.CreateVersion7(now),
            Name = name,
            BaseUrl = ConnectionInput.NormalizeUrl(request.Url!),
            Email = request.Email!.Trim(),
            ProtectedApiToken = secrets.ProtectApiToken(request.ApiToken!.Trim()),
            ProtectedWebhookSecret = secrets.ProtectWebhookSecret(ConnectionSecrets.NewWebhookSecret()),
            Role = role,
            Status = ConnectionStatus.Unchecked,
            CreatedAt = now,
            TokenSetAt = now,
            ManageWebhook = request.ManageWebhook,
        };
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.Connections.Add(connection);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another administrator created a connection with this name, or a primary, at the same moment.
                var current = await store.ListAsync(cancellationToken);
                return NameTaken(current, name, except: null)
                    ?? ConnectionChange.Conflict(SecondPrimary(current.FirstOrDefault(c => c.Role == ConnectionRole.Primary)?.Name ?? "another connection"));
            }
        }

        await RecordAsync(AuditActions.ConnectionCreated, connection, actor,
        [
            new("name", null, connection.Name),
            new("url", null, connection.BaseUrl),
            new("email", null, connection.Email),
            new("role", null, MappingText.Role(connection.Role)),
            new("manageWebhook", null, connection.ManageWebhook),
        ], cancellationToken);
        return await CheckAsync(connection.Id, actor, cancellationToken);
    }

    /// <summary>
    /// Runs the checks, applies the outcome to the status (valid, or invalid with the reason), reads the site's fields
    /// the first time it can, and registers or updates the webhook.
    /// </summary>
    public async Task<ConnectionChange> CheckAsync(Guid connectionId, AuditActor actor, CancellationToken cancellationToken)
    {
        var connection = await store.FindAsync(connectionId, cancellationToken);
        if (connection is null)
        {
            return ConnectionChange.NotFound;
        }

        var report = await checks.RunAsync(connection, cancellationToken);
        await (report.Valid
            ? status.MarkValidAsync(connectionId, cancellationToken)
            : status.MarkInvalidAsync(connectionId, report.Reason!, cancellationToken));
        var notes = new List<string>();
        if (report.Valid && connection.FieldsRefreshedAt is null)
        {
            var discovered = await discovery.RefreshAsync(connection, cancellationToken);
            notes.Add(discovered.Ok
                ? $"Read {discovered.Fields} fields and {discovered.LinkTypes} link types from the site" +
                  (discovered.DefaultsApplied ? "; the primary's default field mapping was applied." : ".")
                : discovered.Error!);
        }

        report = report.With(await webhooks.SyncAsync(connectionId, actor, cancellationToken));
        return new ConnectionChange(ConnectionChangeStatus.Done)
        {
            Connection = await store.FindAsync(connectionId, cancellationToken),
            Checks = report,
            Notes = notes,
        };
    }

    private static ConnectionChange? NameTaken(IReadOnlyList<Connection> existing, string name, Guid? except) =>
        existing.Any(c => c.Id != except && string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
            ? ConnectionChange.Conflict($"A connection named '{name}' exists already: choose another name, or edit that connection.")
            : null;

    private static string SecondPrimary(string primaryName) =>
        $"'{primaryName}' is the primary connection, and there is exactly one. Create this connection as a secondary " +
        "(\"primary\": false), then make it the primary with POST /api/connections/{id}/primary if that is what you want.";

    private Task RecordAsync(string action, Connection connection, AuditActor actor, IReadOnlyList<AuditFieldChange> changes,
        CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? data = null) =>
        audit.RecordAsync(new AuditEvent(action)
        {
            Actor = actor,
            TargetType = "connection",
            TargetId = connection.Id.ToString(),
            ConnectionId = connection.Id,
            Changes = changes,
            Data = data ?? new Dictionary<string, string?> { ["name"] = connection.Name },
        }, cancellationToken);
}
