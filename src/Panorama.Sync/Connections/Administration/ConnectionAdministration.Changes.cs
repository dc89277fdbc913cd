using Panorama.Core.Connections;
using Panorama.Data.Audit;
using Panorama.Data.Connections;

namespace Panorama.Sync.Connections.Administration;

public sealed partial class ConnectionAdministration
{
    /// <summary>
    /// Renames, moves to another URL, changes the technical user's e-mail or whether Panorama manages the webhook. A new
    /// URL or e-mail re-runs the checks (the credentials now mean something else); a webhook on the old site is removed.
    /// </summary>
    public async Task<ConnectionChange> UpdateAsync(Guid connectionId, ConnectionEdit edit, AuditActor actor, CancellationToken cancellationToken)
    {
        var connection = await store.FindAsync(connectionId, cancellationToken);
        if (connection is null)
        {
            return ConnectionChange.NotFound;
        }

        var errors = ConnectionInput.Errors(
            ("name", edit.Name is null ? null : ConnectionInput.NameError(edit.Name)),
            ("url", edit.Url is null ? null : ConnectionInput.UrlError(edit.Url)),
            ("email", edit.Email is null ? null : ConnectionInput.EmailError(edit.Email)));
        if (errors.Count > 0)
        {
            return ConnectionChange.Invalid(errors);
        }

        var name = edit.Name?.Trim() ?? connection.Name;
        if (NameTaken(await store.ListAsync(cancellationToken), name, except: connectionId) is { } clash)
        {
            return clash;
        }

        var url = edit.Url is null ? connection.BaseUrl : ConnectionInput.NormalizeUrl(edit.Url);
        var email = edit.Email?.Trim() ?? connection.Email;
        var manage = edit.ManageWebhook ?? connection.ManageWebhook;
        var siteChanged = !string.Equals(url, connection.BaseUrl, StringComparison.OrdinalIgnoreCase);
        var recheck = siteChanged || !string.Equals(email, connection.Email, StringComparison.OrdinalIgnoreCase);
        var notes = new List<string>();

        // The webhook belongs to the old site (or, when the administrator takes it over, must not deliver twice).
        var dropWebhook = connection.WebhookId is not null && (siteChanged || (connection.ManageWebhook && !manage));
        if (dropWebhook && await webhooks.RemoveAsync(connection, cancellationToken) is { } failed)
        {
            notes.Add(failed);
        }

        var changes = new List<AuditFieldChange>();
        void Change(string field, string? old, string? value)
        {
            if (!string.Equals(old, value, StringComparison.Ordinal))
            {
                changes.Add(new AuditFieldChange(field, old, value));
            }
        }

        Change("name", connection.Name, name);
        Change("url", connection.BaseUrl, url);
        Change("email", connection.Email, email);
        if (manage != connection.ManageWebhook)
        {
            changes.Add(new AuditFieldChange("manageWebhook", connection.ManageWebhook, manage));
        }

        var updated = await store.UpdateAsync(connectionId, c =>
        {
            c.Name = name;
            c.BaseUrl = url;
            c.Email = email;
            c.ManageWebhook = manage;
            if (dropWebhook)
            {
                c.WebhookId = null;
                c.WebhookJql = null;
                c.WebhookRegisteredAt = null;
                c.WebhookError = null;
            }
        }, cancellationToken);
        if (updated is null)
        {
            return ConnectionChange.NotFound;
        }

        if (changes.Count > 0)
        {
            await RecordAsync(AuditActions.ConnectionUpdated, updated, actor, changes, cancellationToken);
        }

        credentials.Forget(connectionId);
        if (recheck)
        {
            return await CheckAsync(connectionId, actor, cancellationToken) with { Notes = notes };
        }

        ConnectionCheckReport? report = null;
        if (manage && !connection.ManageWebhook)
        {
            report = new ConnectionCheckReport([await webhooks.SyncAsync(connectionId, actor, cancellationToken)]);
        }

        return new ConnectionChange(ConnectionChangeStatus.Done)
        {
            Connection = await store.FindAsync(connectionId, cancellationToken),
            Checks = report,
            Notes = notes,
        };
    }

    /// <summary>Replaces the API token (write-only: it is never shown again), then re-runs the checks.</summary>
    public async Task<ConnectionChange> ReplaceTokenAsync(Guid connectionId, string? token, AuditActor actor, CancellationToken cancellationToken)
    {
        if (ConnectionInput.TokenError(token) is { } error)
        {
            return ConnectionChange.Invalid(ConnectionInput.Errors(("apiToken", error)));
        }

        var now = time.GetUtcNow();
        var updated = await store.UpdateAsync(connectionId, c =>
        {
            c.ProtectedApiToken = secrets.ProtectApiToken(token!.Trim());
            c.TokenSetAt = now;
        }, cancellationToken);
        if (updated is null)
        {
            return ConnectionChange.NotFound;
        }

        credentials.Forget(connectionId);
        await RecordAsync(AuditActions.ConnectionTokenReplaced, updated, actor, [], cancellationToken,
            new Dictionary<string, string?> { ["name"] = updated.Name, ["tokenSetAt"] = now.ToString("O") });
        return await CheckAsync(connectionId, actor, cancellationToken);
    }
}
