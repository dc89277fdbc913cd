using System.Security.Claims;
using Panorama.Core.WriteBack;
using Panorama.Web.Auth;

namespace Panorama.Web.Boxes;

/// <summary>
/// Reaches the write-back outbox, which the sync engine registers. Resolved per request rather than injected, so the
/// boxes API starts (and answers 503 for writes to Jira) on a host without a sync engine.
/// </summary>
internal static class BoxWriteBack
{
    public static IWriteBackQueue? Queue(HttpContext context) => context.RequestServices.GetService<IWriteBackQueue>();

    public static WriteBackActor Actor(ClaimsPrincipal user)
    {
        var actor = user.ToAuditActor();
        return new WriteBackActor(actor.UserId, actor.Display);
    }

    /// <summary>Where the state of an accepted change set can be read (SPEC 4.2).</summary>
    public static string ChangeLocation(Guid changeId) => $"/api/changes/{changeId}";
}
