using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Panorama.Data.Audit;
using Panorama.Web.Auth;

namespace Panorama.Web.Components.Shell;

/// <summary>
/// The user a page acts for, read afresh for every action (the circuit's sign-in can end while the page is open),
/// and the services it acts through, each action in its own DI scope: a circuit lives for hours and a DbContext
/// shared across its events would go stale and could be used by two events at once.
/// </summary>
public sealed class SignedInUser(AuthenticationStateProvider authentication, IServiceScopeFactory scopes)
{
    public async Task<ClaimsPrincipal> GetAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    public async Task<AuditActor> ActorAsync() => (await GetAsync()).ToAuditActor();

    /// <summary>
    /// Runs an action for a signed-in user (an application administrator when <paramref name="administrator"/>),
    /// with <typeparamref name="TService"/> from a new scope. Pages are authorized when they open; this holds on
    /// every action too, so a role withdrawn meanwhile takes effect at once.
    /// </summary>
    public async Task<TResult> RunAsync<TService, TResult>(Func<TService, ClaimsPrincipal, Task<TResult>> action, bool administrator = false)
        where TService : notnull
    {
        var user = await GetAsync();
        if (user.UserId() is null || (administrator && !user.IsApplicationAdministrator()))
        {
            throw new UnauthorizedAccessException(administrator
                ? "Only application administrators can do this: sign in again as one."
                : "Your session has ended: sign in again.");
        }

        await using var scope = scopes.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>(), user);
    }
}
