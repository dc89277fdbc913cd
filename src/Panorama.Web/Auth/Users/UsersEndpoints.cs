using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Panorama.Web.Auth.Users;

/// <summary><c>/api/users</c>: account administration, for application administrators only.</summary>
internal static class UsersEndpoints
{
    public static RouteGroupBuilder MapUsersEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/users").RequireAuthorization(AuthPolicies.AppAdmin).WithTags("Users");
        group.MapGet("/", async (UserAdministration admin, CancellationToken ct) => TypedResults.Ok(await admin.ListAsync(ct)));
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/", CreateAsync);
        group.MapPost("/{id:guid}/disable", (Guid id, UserAdministration admin, ClaimsPrincipal user, CancellationToken ct) =>
            ChangeAsync(admin, admin.SetDisabledAsync(id, true, user.ToAuditActor(), ct), ct));
        group.MapPost("/{id:guid}/enable", (Guid id, UserAdministration admin, ClaimsPrincipal user, CancellationToken ct) =>
            ChangeAsync(admin, admin.SetDisabledAsync(id, false, user.ToAuditActor(), ct), ct));
        group.MapPut("/{id:guid}/administrator", (Guid id, SetAdministratorRequest request, UserAdministration admin, ClaimsPrincipal user, CancellationToken ct) =>
            ChangeAsync(admin, admin.SetAdministratorAsync(id, request.IsAdministrator, user.ToAuditActor(), ct), ct));
        group.MapPost("/{id:guid}/password", ResetPasswordAsync);
        group.MapDelete("/{id:guid}", DeleteAsync);
        return group;
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetAsync(Guid id, UserAdministration admin, CancellationToken ct) =>
        await admin.GetAsync(id, ct) is { } found ? TypedResults.Ok(found) : NotFound();

    private static async Task<Results<Created<CreatedUserResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateUserRequest request, UserAdministration admin, ClaimsPrincipal user, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["email"] = [UserChangeMessages.EmailRequired] },
                detail: "Give the new user's e-mail address.");
        }

        var change = await admin.CreateAsync(request, user.ToAuditActor(), ct);
        if (change.Status != UserChangeStatus.Done)
        {
            return UserChangeMessages.IsEmailInUse(change)
                ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "E-mail already in use",
                    detail: UserChangeMessages.EmailInUse(request.Email))
                : Invalid(change);
        }

        var created = (await admin.GetAsync(change.User!.Id, ct))!;
        return TypedResults.Created($"/api/users/{created.Id}", new CreatedUserResponse(created, change.GeneratedPassword));
    }

    private static async Task<Results<Ok<ResetPasswordResponse>, ValidationProblem, ProblemHttpResult>> ResetPasswordAsync(
        Guid id, ResetPasswordRequest? request, UserAdministration admin, ClaimsPrincipal user, CancellationToken ct)
    {
        var change = await admin.ResetPasswordAsync(id, request?.Password, user.ToAuditActor(), ct);
        return change.Status switch
        {
            UserChangeStatus.Done => TypedResults.Ok(new ResetPasswordResponse(change.GeneratedPassword)),
            UserChangeStatus.NotFound => NotFound(),
            _ => Invalid(change),
        };
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        Guid id, UserAdministration admin, ClaimsPrincipal user, CancellationToken ct)
    {
        var change = await admin.DeleteAsync(id, user.ToAuditActor(), ct);
        return change.Status switch
        {
            UserChangeStatus.Done => TypedResults.NoContent(),
            UserChangeStatus.NotFound => NotFound(),
            UserChangeStatus.LastAdministrator => LastAdministrator(),
            _ => Invalid(change),
        };
    }

    private static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        UserAdministration admin, Task<UserChange> pending, CancellationToken ct)
    {
        var change = await pending;
        return change.Status switch
        {
            UserChangeStatus.Done => TypedResults.Ok((await admin.GetAsync(change.User!.Id, ct))!),
            UserChangeStatus.NotFound => NotFound(),
            UserChangeStatus.LastAdministrator => LastAdministrator(),
            _ => Invalid(change),
        };
    }

    private static ProblemHttpResult NotFound() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "User not found", detail: "No user has this id: list users with GET /api/users.");

    private static ProblemHttpResult LastAdministrator() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Last administrator",
        detail: UserChangeMessages.LastAdministrator);

    private static ValidationProblem Invalid(UserChange change) => TypedResults.ValidationProblem(
        change.Errors!.ToDictionary(e => e.Key, e => e.Value),
        detail: "The request was refused: correct the fields named in 'errors' and send it again.");
}
