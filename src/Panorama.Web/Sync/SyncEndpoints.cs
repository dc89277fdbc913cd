using Panorama.Web.Auth;

namespace Panorama.Web.Sync;

/// <summary>The sync engine's HTTP surface: the Jira webhook receiver, tasks, write-back changes and sync control.</summary>
public static class SyncEndpoints
{
    public static IEndpointRouteBuilder MapSyncEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWebhookReceivers().MapJiraWebhook();
        endpoints.MapTaskEndpoints();
        endpoints.MapChangeEndpoints();
        endpoints.MapSyncControlEndpoints();
        return endpoints;
    }

    /// <summary>An RFC 9457 problem whose detail says what to do.</summary>
    internal static IResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
}
