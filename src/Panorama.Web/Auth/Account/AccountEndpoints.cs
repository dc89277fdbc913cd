using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Panorama.Data.Accounts;
using Panorama.Web.Auth.Tokens;

namespace Panorama.Web.Auth.Account;

/// <summary><c>/api/account</c>: what any signed-in user does for themself (API tokens, password).</summary>
internal static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/account").RequireAuthorization().WithTags("Account");
        group.MapGet("/", GetAsync);
        group.MapPost("/password", ChangePasswordAsync);
        group.MapGet("/tokens", async (ClaimsPrincipal user, ApiTokenService tokens, CancellationToken ct) =>
            TypedResults.Ok((await tokens.ListAsync(user.UserId()!.Value, ct)).Select(t => new TokenResponse(t.Id, t.Name, t.CreatedAt, t.LastUsedAt))));
        group.MapPost("/tokens", CreateTokenAsync);
        group.MapDelete("/tokens/{id:guid}", RevokeTokenAsync);
        return group;
    }

    private static async Task<Results<Ok<AccountResponse>, ProblemHttpResult>> GetAsync(
        ClaimsPrincipal principal, UserManager<PanoramaUser> users)
    {
        var user = await users.GetUserAsync(principal);
        return user is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Account not found", detail: "Your account no longer exists: sign in again.")
            : TypedResults.Ok(new AccountResponse(user.Id, user.Email ?? string.Empty, user.DisplayName, principal.IsApplicationAdministrator()));
    }

    private static async Task<Results<Created<CreatedTokenResponse>, ValidationProblem>> CreateTokenAsync(
        CreateTokenRequest request, ClaimsPrincipal user, ApiTokenService tokens, CancellationToken ct)
    {
        if (AccountMessages.ValidTokenName(request.Name) is not { } name)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["name"] = [AccountMessages.TokenName] },
                detail: AccountMessages.TokenNameDetail);
        }

        var created = await tokens.CreateAsync(user.UserId()!.Value, name, user.ToAuditActor(), ct);
        var token = created.Token;
        return TypedResults.Created($"/api/account/tokens/{token.Id}", new CreatedTokenResponse(token.Id, token.Name, token.CreatedAt, created.Secret));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeTokenAsync(
        Guid id, ClaimsPrincipal user, ApiTokenService tokens, CancellationToken ct) =>
        await tokens.RevokeAsync(user.UserId()!.Value, id, user.ToAuditActor(), ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Token not found",
                detail: "You have no working API token with this id: list yours with GET /api/account/tokens.");

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, ClaimsPrincipal principal, PasswordChange passwords, CancellationToken ct)
    {
        var result = await passwords.ChangeAsync(principal, request.CurrentPassword, request.NewPassword, ct);
        if (!result.AccountFound)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Account not found", detail: "Your account no longer exists.");
        }

        return result.Succeeded
            ? TypedResults.NoContent()
            : TypedResults.ValidationProblem(result.Errors, detail: AccountMessages.PasswordNotChanged);
    }
}
