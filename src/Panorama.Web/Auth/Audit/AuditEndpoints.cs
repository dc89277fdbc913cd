using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Panorama.Data.Audit;

namespace Panorama.Web.Auth.Audit;

/// <summary><c>GET /api/audit</c>: the audit log, newest first, for application administrators.</summary>
internal static class AuditEndpoints
{
    public static RouteHandlerBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/audit", QueryAsync)
            .RequireAuthorization(AuthPolicies.AppAdmin)
            .WithTags("Audit")
            .WithSummary("The audit log, newest first. action: exact or a prefix ending in '*'; actor: an e-mail; from/to: ISO 8601 times.");

    private static async Task<Results<Ok<AuditPageResponse>, ValidationProblem>> QueryAsync(
        AuditLogReader reader,
        CancellationToken ct,
        string? action = null,
        Guid? actorId = null,
        string? actor = null,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        int offset = 0,
        int limit = AuditQuery.DefaultLimit)
    {
        if (offset < 0 || limit is < 1 or > AuditQuery.MaxLimit)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["limit"] = [$"offset must be 0 or more and limit between 1 and {AuditQuery.MaxLimit}."] },
                detail: "Page through the log with offset and limit within their bounds.");
        }

        var page = await reader.QueryAsync(new AuditQuery(action, actorId, actor, from, to, offset, limit), ct);
        return TypedResults.Ok(new AuditPageResponse(
            [.. page.Items.Select(AuditEntryResponse.From)], page.Total, page.Offset, page.Limit));
    }
}

/// <summary>A page of audit entries and how many match in all.</summary>
public sealed record AuditPageResponse(IReadOnlyList<AuditEntryResponse> Items, int Total, int Offset, int Limit);

/// <summary>An audit entry; <c>details</c> is <c>{"changes":[{"field","old","new"}],"data":{...}}</c> or null.</summary>
public sealed record AuditEntryResponse(
    long Id,
    DateTimeOffset At,
    Guid? ActorUserId,
    string? Actor,
    string Action,
    string? TargetType,
    string? TargetId,
    Guid? ConnectionId,
    string? IssueKey,
    JsonNode? Details)
{
    public static AuditEntryResponse From(AuditEntry e) => new(
        e.Id, e.At, e.ActorUserId, e.ActorDisplay, e.Action, e.TargetType, e.TargetId, e.ConnectionId, e.IssueKey, AuditDetails.Parse(e.Details));
}
