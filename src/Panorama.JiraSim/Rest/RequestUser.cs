using Microsoft.AspNetCore.Http;
using Panorama.JiraSim.Model;

namespace Panorama.JiraSim.Rest;

/// <summary>The authenticated Jira user of a request, put there by the Basic auth step.</summary>
internal static class RequestUser
{
    private const string Key = "panorama.jirasim.user";

    public static void Set(HttpContext context, SimUser user) => context.Items[Key] = user;

    public static SimUser Get(HttpContext context) => (SimUser)context.Items[Key]!;
}
