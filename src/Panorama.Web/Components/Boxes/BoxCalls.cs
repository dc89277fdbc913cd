using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Panorama.Core.Access;
using Panorama.Web.Auth;
using Panorama.Web.Boxes;
using Panorama.Web.Components.Shell;

namespace Panorama.Web.Components.Boxes;

/// <summary>What a box action runs with: a request context of its own (user, scoped services) as an API call has.</summary>
public sealed record BoxCall(HttpContext Http, IServiceProvider Services, ClaimsPrincipal User)
{
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();
}

/// <summary>
/// Runs the boxes API's own handlers for a page, each action in its own DI scope with the signed-in user, after the
/// same box role check the endpoint filter makes. So a page gets the same answers, the same audit entries and the
/// same refusals as an API client; the handler's typed result is unwrapped into a <see cref="BoxAnswer{T}"/>.
/// </summary>
public sealed class BoxCalls(SignedInUser signedIn, IServiceScopeFactory scopes)
{
    /// <summary>Runs <paramref name="call"/> when the user holds <paramref name="minimum"/> on <paramref name="boxId"/> (no check without a box).</summary>
    public async Task<BoxAnswer<T>> RunAsync<T>(Guid? boxId, BoxRole minimum, Func<BoxCall, Task<IResult>> call)
    {
        var user = await signedIn.GetAsync();
        if (user.UserId() is null)
        {
            throw new UnauthorizedAccessException("Your session has ended: sign in again.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = user };
        if (boxId is { } id && await BoxAuthorization.CheckAsync(http, id, minimum) is { } refused)
        {
            return Unwrap<T>(refused);
        }

        return Unwrap<T>(await call(new BoxCall(http, scope.ServiceProvider, user)));
    }

    /// <summary>The user's role on a box (null: none), as the box role checks see it.</summary>
    public async Task<BoxRole?> RoleAsync(Guid boxId)
    {
        foreach (var role in new[] { BoxRole.Admin, BoxRole.Editor, BoxRole.Viewer })
        {
            var answer = await RunAsync<bool>(boxId, role, _ => Task.FromResult<IResult>(TypedResults.Ok(true)));
            if (answer.IsOk)
            {
                return role;
            }
        }

        return null;
    }

    internal static BoxAnswer<T> Unwrap<T>(IResult result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        return result switch
        {
            ProblemHttpResult p => new BoxAnswer<T>(default, p.StatusCode, p.ProblemDetails.Title,
                p.ProblemDetails.Detail ?? p.ProblemDetails.Title ?? "The request was refused."),
            IValueHttpResult<T> v => new BoxAnswer<T>(v.Value, status),
            FileContentHttpResult { FileContents: var bytes } when bytes is T value => new BoxAnswer<T>(value, status),
            _ when status < 300 => new BoxAnswer<T>(default, status),
            _ => new BoxAnswer<T>(default, status, "Failed", $"The request failed ({status})."),
        };
    }
}
