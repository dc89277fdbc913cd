using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Access;
using Panorama.Core.Scope;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Data.Boxes;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Web.Auth;
using Panorama.Web.Auth.Boxes;

namespace Panorama.Web.Boxes.Scope;

/// <summary><c>/api/boxes/{id}/scope</c>: the box's integrations, one per connection (rule 6). Box admins change them.</summary>
internal static partial class ScopeEndpoints
{
    public static void MapScopeEndpoints(this RouteGroupBuilder boxes)
    {
        boxes.MapGet("/{id:guid}/scope", GetAsync).RequireBoxRole(BoxRole.Viewer)
            .WithName("GetBoxScope").WithSummary("List a box's scope integrations");
        boxes.MapGet("/{id:guid}/scope/connections", ConnectionsAsync).RequireBoxRole(BoxRole.Admin)
            .WithName("ListScopeConnections").WithSummary("The connections an integration can be added for")
            .WithDescription("Every connected Jira Cloud site, with the id of this box's integration for it when there is one.");
        boxes.MapPost("/{id:guid}/scope", AddAsync).RequireBoxRole(BoxRole.Admin)
            .WithName("AddScopeIntegration").WithSummary("Add an integration (Add integration -> Jira Cloud -> connection -> Add)")
            .WithDescription("Projects and/or JQL, plus an optional narrowing JQL. A box holds one integration per connection: " +
                             "a second one for the same connection is refused with 409 (edit the existing one instead).");
        boxes.MapPut("/{id:guid}/scope/{integrationId:guid}", UpdateAsync).RequireBoxRole(BoxRole.Admin)
            .WithName("UpdateScopeIntegration").WithSummary("Change an integration's projects, JQL or narrowing JQL");
        boxes.MapDelete("/{id:guid}/scope/{integrationId:guid}", RemoveAsync).RequireBoxRole(BoxRole.Admin)
            .WithName("RemoveScopeIntegration").WithSummary("Remove an integration (its site's tasks leave the box)");
    }

    internal static async Task<Ok<ScopeResponse>> GetAsync(Guid id, PanoramaDbContext db, CancellationToken ct)
    {
        var sites = await BoxConnections.LoadAsync(db, ct);
        var records = await db.ScopeIntegrations.AsNoTracking().Where(i => i.BoxId == id).ToListAsync(ct);
        return TypedResults.Ok(new ScopeResponse([.. BoxSettingsLoader.ToScope(records, sites.Directory).Select(e => ToResponse(e, sites))]));
    }

    internal static async Task<Ok<IReadOnlyList<ScopeConnectionResponse>>> ConnectionsAsync(Guid id, PanoramaDbContext db, CancellationToken ct)
    {
        var sites = await BoxConnections.LoadAsync(db, ct);
        var integrations = await db.ScopeIntegrations.AsNoTracking().Where(i => i.BoxId == id).ToDictionaryAsync(i => i.ConnectionId, i => i.Id, ct);
        IReadOnlyList<ScopeConnectionResponse> list = [.. sites.Directory.Sites.Select(s => new ScopeConnectionResponse(
            s.ConnectionId, s.Name, s.IsPrimary, sites.StatusOf(s.ConnectionId).ToString(),
            integrations.TryGetValue(s.ConnectionId, out var integration) ? integration : null))];
        return TypedResults.Ok(list);
    }

    internal static async Task<Results<Created<ScopeIntegrationResponse>, ProblemHttpResult>> AddAsync(
        Guid id, AddIntegrationRequest request, PanoramaDbContext db, ScopeChangeNotifier notifier, ClaimsPrincipal user,
        IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        if (request.Type is { } type && !string.Equals(type.Replace(" ", "", StringComparison.Ordinal), "jiraCloud", StringComparison.OrdinalIgnoreCase))
        {
            return BoxProblems.Refused($"'{type}' is not an integration type. Panorama integrates Jira Cloud sites: use type 'jiraCloud' or leave it out.");
        }

        var sites = await BoxConnections.LoadAsync(db, ct);
        if (BoxConnections.Find(sites.Directory, request.Connection) is not { } site)
        {
            return BoxProblems.Refused(BoxConnections.NotConnected(request.Connection), "Unknown connection");
        }

        var existing = await db.ScopeIntegrations.AsNoTracking().SingleOrDefaultAsync(i => i.BoxId == id && i.ConnectionId == site.ConnectionId, ct);
        if (existing is not null)
        {
            return BoxProblems.Conflict("Integration exists",
                $"The scope already has an integration for '{site.Name}'. Edit that integration instead of adding another " +
                $"(PUT /api/boxes/{id}/scope/{existing.Id}).");
        }

        var integration = Check(site.ConnectionId, request.Projects, request.Jql, request.NarrowingJql);
        if (!integration.IsOk)
        {
            return BoxProblems.Refused(integration.Refusal!);
        }

        var record = new ScopeIntegrationRecord
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            BoxId = id,
            ConnectionId = site.ConnectionId,
            CreatedAt = time.GetUtcNow(),
        };
        Write(record, integration.Value, time);
        db.ScopeIntegrations.Add(record);
        await BoxSaving.TouchAsync(db, id, ct);
        if (!await BoxSaving.TrySaveAsync(db, ct))
        {
            return BoxProblems.ChangedMeanwhile();
        }

        await AfterChangeAsync(id, record.ConnectionId, null, integration.Value, notifier, user, audit, ct);
        return TypedResults.Created($"/api/boxes/{id}/scope/{record.Id}", ToResponse(new ScopeEntry(record.Id, integration.Value), sites));
    }

    internal static async Task<Results<Ok<ScopeIntegrationResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, Guid integrationId, UpdateIntegrationRequest request, PanoramaDbContext db, ScopeChangeNotifier notifier,
        ClaimsPrincipal user, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var record = await db.ScopeIntegrations.SingleOrDefaultAsync(i => i.Id == integrationId && i.BoxId == id, ct);
        if (record is null)
        {
            return IntegrationNotFound(id);
        }

        var sites = await BoxConnections.LoadAsync(db, ct);
        var before = BoxSettingsLoader.ToScope([record], sites.Directory) is [var entry] ? entry.Integration : null;
        var integration = Check(record.ConnectionId, request.Projects, request.Jql, request.NarrowingJql);
        if (!integration.IsOk)
        {
            return BoxProblems.Refused(integration.Refusal!);
        }

        Write(record, integration.Value, time);
        await BoxSaving.TouchAsync(db, id, ct);
        if (!await BoxSaving.TrySaveAsync(db, ct))
        {
            return BoxProblems.ChangedMeanwhile();
        }

        await AfterChangeAsync(id, record.ConnectionId, before, integration.Value, notifier, user, audit, ct);
        return TypedResults.Ok(ToResponse(new ScopeEntry(record.Id, integration.Value), sites));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        Guid id, Guid integrationId, PanoramaDbContext db, ScopeChangeNotifier notifier, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct)
    {
        var record = await db.ScopeIntegrations.SingleOrDefaultAsync(i => i.Id == integrationId && i.BoxId == id, ct);
        if (record is null)
        {
            return IntegrationNotFound(id);
        }

        var sites = await BoxConnections.LoadAsync(db, ct);
        var before = BoxSettingsLoader.ToScope([record], sites.Directory) is [var entry] ? entry.Integration : null;
        db.ScopeIntegrations.Remove(record);
        await BoxSaving.TouchAsync(db, id, ct);
        if (!await BoxSaving.TrySaveAsync(db, ct))
        {
            return BoxProblems.ChangedMeanwhile();
        }

        await AfterChangeAsync(id, record.ConnectionId, before, null, notifier, user, audit, ct);
        return TypedResults.NoContent();
    }

    private static Core.Outcomes.Outcome<ScopeIntegration> Check(Guid connectionId, IReadOnlyList<string>? projects, string? jql, string? narrowing)
    {
        var bad = (projects ?? []).Where(p => !string.IsNullOrWhiteSpace(p) && !ProjectKey().IsMatch(p.Trim())).ToList();
        return bad.Count > 0
            ? Core.Outcomes.Outcome.Refused<ScopeIntegration>(
                $"{string.Join(", ", bad.Select(b => $"'{b}'"))} {(bad.Count == 1 ? "is not a Jira project key" : "are not Jira project keys")}: " +
                "a key starts with a letter and holds letters, digits and underscores (e.g. OPS).")
            : ScopeIntegration.Create(connectionId, projects, jql, narrowing);
    }

    private static void Write(ScopeIntegrationRecord record, ScopeIntegration integration, TimeProvider time)
    {
        record.ProjectKeys = string.Join(',', integration.ProjectKeys);
        record.Jql = integration.Jql;
        record.NarrowingJql = integration.NarrowingJql;
        record.UpdatedAt = time.GetUtcNow();
    }

    private static async Task AfterChangeAsync(Guid boxId, Guid connectionId, ScopeIntegration? before, ScopeIntegration? after,
        ScopeChangeNotifier notifier, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct)
    {
        await audit.RecordAsync(new AuditEvent(BoxAudit.ScopeChanged)
        {
            Actor = user.ToAuditActor(),
            TargetType = "box",
            TargetId = boxId.ToString(),
            ConnectionId = connectionId,
            Changes = [new AuditFieldChange("scope", before?.ToJql(), after?.ToJql())],
        }, ct);
        await notifier.NotifyAsync(connectionId, ct);
    }

    private static ProblemHttpResult IntegrationNotFound(Guid boxId) => BoxProblems.NotFound(
        "Integration not found", $"This box has no integration with this id: list them with GET /api/boxes/{boxId}/scope.");

    private static ScopeIntegrationResponse ToResponse(ScopeEntry entry, SiteCatalog sites)
    {
        var integration = entry.Integration;
        var site = sites.Directory.Find(integration.ConnectionId)!;
        return new ScopeIntegrationResponse(
            entry.IntegrationId, site.ConnectionId, site.Name, site.IsPrimary, sites.StatusOf(site.ConnectionId).ToString(),
            sites.IsStale(site.ConnectionId), integration.ProjectKeys, integration.Jql, integration.NarrowingJql, integration.NeedsJira,
            integration.ToJql());
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex ProjectKey();
}
