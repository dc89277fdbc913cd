using Microsoft.AspNetCore.Components.Authorization;
using Panorama.Web.Components.Shell;
using Radzen;

namespace Panorama.Web.Components;

/// <summary>
/// The Blazor UI: server-rendered Razor components, interactive on the server except the pages that set the session
/// cookie (see App.razor). Static assets are open to everyone; every page needs a signed-in user (the fallback policy).
/// </summary>
public static class UiServiceCollectionExtensions
{
    public static WebApplicationBuilder AddPanoramaUi(this WebApplicationBuilder builder)
    {
        // Serves wwwroot and the framework's scripts from the build output too (a published app has them copied).
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, RevalidatingSessionStateProvider>();
        builder.Services.AddScoped<SignedInUser>();
        builder.Services.AddScoped<Boxes.BoxCalls>();
        builder.Services.AddRadzenComponents();
        return builder;
    }

    public static WebApplication MapPanoramaUi(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
