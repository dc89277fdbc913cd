using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Panorama.Core.Fields;
using Panorama.Sync.Connections;
using Panorama.Sync.Connections.Screens;
using Panorama.Sync.Connections.Webhooks;
using Panorama.Web.Auth;

namespace Panorama.Web.Connections;

/// <summary>A connection's webhook (rule 4) and the screen check (rule 12).</summary>
internal static class ConnectionWebhookEndpoints
{
    private const string Instructions =
        "In Jira: Settings > System > WebHooks > Create a WebHook. Enter the name and URL, the JQL filter under 'Issue related " +
        "events' (leave it empty when none is given here), tick the events listed, and paste the secret. Then set " +
        "\"manageWebhook\": false on the connection so Panorama does not register a second one.";

    public static RouteGroupBuilder MapConnectionWebhookEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/webhooks", GetAsync);
        group.MapPost("/{id:guid}/webhooks", SyncAsync);
        group.MapGet("/{id:guid}/screen-check", ScreenCheckAsync);
        return group;
    }

    private static async Task<Results<Ok<WebhookStateResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ConnectionWebhooks webhooks, CancellationToken ct) =>
        await webhooks.DescribeAsync(id, ct) is { } state ? TypedResults.Ok(State(state)) : ConnectionProblems.NotFound();

    /// <summary>Registers or updates the webhook now (as on connect and on scope changes).</summary>
    private static async Task<Results<Ok<WebhookSyncResponse>, ProblemHttpResult>> SyncAsync(
        Guid id, ConnectionWebhooks webhooks, ConnectionStore store, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is null)
        {
            return ConnectionProblems.NotFound();
        }

        var check = await webhooks.SyncAsync(id, user.ToAuditActor(), ct);
        return await webhooks.DescribeAsync(id, ct) is { } state
            ? TypedResults.Ok(new WebhookSyncResponse(ConnectionViews.Check(check), State(state)))
            : ConnectionProblems.NotFound();
    }

    /// <summary>The projects in scope, or those named in <c>?projects=A,B</c>.</summary>
    private static async Task<Results<Ok<ScreenCheckResponse>, ProblemHttpResult>> ScreenCheckAsync(
        Guid id, string? projects, ConnectionScreenCheck screens, CancellationToken ct)
    {
        var keys = projects?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var report = await screens.RunAsync(id, keys, ct);
        if (report is null)
        {
            return ConnectionProblems.NotFound();
        }

        return report.Error is { } error
            ? ConnectionProblems.JiraFailed(error)
            : TypedResults.Ok(ScreenCheck(report));
    }

    internal static ScreenCheckResponse ScreenCheck(ScreenCheckReport report) => new(
        report.Projects,
        [.. report.Checked.Select(s => new ScreenCheckSampleResponse(s.ProjectKey, s.IssueTypeName, s.IssueKey))],
        [.. report.Findings.Select(f => new ScreenCheckFindingResponse(f.ProjectKey, f.IssueTypeName, f.Field.JsonName(), f.JiraFieldId, f.JiraFieldName, f.Fix))],
        report.Notes);

    internal static WebhookStateResponse State(WebhookState s) => new(
        s.ManagedByPanorama, s.RegisteredId, s.RegisteredJql, s.RegisteredAt, s.LastError, s.InScope, s.ProjectKeys,
        new ManualRegistrationResponse(s.Registration.Name, s.Registration.Url, s.Registration.Events, s.Registration.JqlFilter,
            s.Registration.Secret, Instructions));
}
