using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Panorama.Sync.Connections;
using Panorama.Sync.Connections.Administration;
using Panorama.Web.Auth;

namespace Panorama.Web.Connections;

/// <summary>
/// <c>/api/connections</c> (SPEC 4.2): the connected Jira Cloud sites, for application administrators only. No answer
/// ever holds an API token; the webhook secret appears only in <c>GET .../webhooks</c>.
/// </summary>
internal static class ConnectionsEndpoints
{
    public static IEndpointRouteBuilder MapConnectionsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/connections").RequireAuthorization(AuthPolicies.AppAdmin).WithTags("Connections");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/", CreateAsync);
        group.MapPut("/{id:guid}", UpdateAsync);
        group.MapPut("/{id:guid}/token", ReplaceTokenAsync);
        group.MapPost("/{id:guid}/test", TestAsync);
        group.MapPost("/{id:guid}/primary", MakePrimaryAsync);
        group.MapDelete("/{id:guid}", DeleteAsync);
        group.MapConnectionMappingEndpoints();
        group.MapConnectionWebhookEndpoints();
        return endpoints;
    }

    private static async Task<Ok<List<ConnectionResponse>>> ListAsync(ConnectionStore store, ConnectionViews views, CancellationToken ct) =>
        TypedResults.Ok((await store.ListAsync(ct)).Select(views.View).ToList());

    private static async Task<Results<Ok<ConnectionResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ConnectionStore store, ConnectionViews views, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } connection ? TypedResults.Ok(views.View(connection)) : ConnectionProblems.NotFound();

    /// <summary>Saves the connection, then runs the checks: 201 whatever they find (an invalid connection is saved with the reason).</summary>
    private static async Task<Results<Created<ConnectionResultResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateConnectionRequest request, ConnectionAdministration admin, ConnectionViews views, ClaimsPrincipal user, CancellationToken ct)
    {
        var change = await admin.CreateAsync(
            new NewConnection(request.Name, request.Url, request.Email, request.ApiToken, request.Primary, request.ManageWebhook ?? true),
            user.ToAuditActor(), ct);
        return change.Status switch
        {
            ConnectionChangeStatus.Done => TypedResults.Created($"/api/connections/{change.Connection!.Id}", views.Result(change)),
            ConnectionChangeStatus.Invalid => ConnectionProblems.Invalid(change),
            ConnectionChangeStatus.Conflict => ConnectionProblems.Conflict(change.Detail!),
            _ => ConnectionProblems.NotFound(),
        };
    }

    private static async Task<Results<Ok<ConnectionResultResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateConnectionRequest request, ConnectionAdministration admin, ConnectionViews views, ClaimsPrincipal user, CancellationToken ct) =>
        Answer(await admin.UpdateAsync(id, new ConnectionEdit(request.Name, request.Url, request.Email, request.ManageWebhook), user.ToAuditActor(), ct), views);

    private static async Task<Results<Ok<ConnectionResultResponse>, ValidationProblem, ProblemHttpResult>> ReplaceTokenAsync(
        Guid id, ReplaceTokenRequest request, ConnectionAdministration admin, ConnectionViews views, ClaimsPrincipal user, CancellationToken ct) =>
        Answer(await admin.ReplaceTokenAsync(id, request.ApiToken, user.ToAuditActor(), ct), views);

    private static async Task<Results<Ok<ConnectionResultResponse>, ValidationProblem, ProblemHttpResult>> TestAsync(
        Guid id, ConnectionAdministration admin, ConnectionViews views, ClaimsPrincipal user, CancellationToken ct) =>
        Answer(await admin.CheckAsync(id, user.ToAuditActor(), ct), views);

    private static async Task<Results<Ok<ConnectionResultResponse>, ValidationProblem, ProblemHttpResult>> MakePrimaryAsync(
        Guid id, ConnectionAdministration admin, ConnectionViews views, ClaimsPrincipal user, CancellationToken ct) =>
        Answer(await admin.MakePrimaryAsync(id, user.ToAuditActor(), ct), views);

    private static async Task<Results<Ok<DeletedConnectionResponse>, ProblemHttpResult>> DeleteAsync(
        Guid id, ConnectionAdministration admin, ClaimsPrincipal user, CancellationToken ct)
    {
        var change = await admin.DeleteAsync(id, user.ToAuditActor(), ct);
        return change.Status switch
        {
            ConnectionChangeStatus.Done => TypedResults.Ok(new DeletedConnectionResponse(id, change.Connection!.Name, change.Notes)),
            ConnectionChangeStatus.Conflict => ConnectionProblems.Conflict(change.Detail!),
            _ => ConnectionProblems.NotFound(),
        };
    }

    private static Results<Ok<ConnectionResultResponse>, ValidationProblem, ProblemHttpResult> Answer(ConnectionChange change, ConnectionViews views) =>
        change.Status switch
        {
            ConnectionChangeStatus.Done => TypedResults.Ok(views.Result(change)),
            ConnectionChangeStatus.Invalid => ConnectionProblems.Invalid(change),
            ConnectionChangeStatus.Conflict => ConnectionProblems.Conflict(change.Detail!),
            _ => ConnectionProblems.NotFound(),
        };
}
