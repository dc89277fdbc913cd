using Microsoft.Extensions.Options;
using Panorama.Core.Connections;
using Panorama.Data.Connections;
using Panorama.Sync.Connections;
using Panorama.Sync.Connections.Administration;
using Panorama.Sync.Connections.Health;
using Panorama.Sync.Connections.Mappings;

namespace Panorama.Web.Connections;

/// <summary>Turns stored connections and check reports into API responses, leaving every secret out.</summary>
internal sealed class ConnectionViews(IOptions<ConnectionOptions> options, TimeProvider time)
{
    public ConnectionResponse View(Connection c) => new(
        c.Id,
        c.Name,
        c.BaseUrl,
        c.Email,
        MappingText.Role(c.Role),
        Lower(c.Status.ToString()),
        c.StatusReason,
        c.CreatedAt,
        c.LastCheckedAt,
        c.LastSyncedAt,
        c.TokenSetAt,
        TokenAge.Warning(c, options.Value.TokenRotationWarningAge, time.GetUtcNow()),
        c.ManageWebhook,
        new WebhookSummary(c.WebhookId, c.WebhookJql, c.WebhookRegisteredAt, c.WebhookError),
        c.FieldsRefreshedAt);

    public ConnectionResultResponse Result(ConnectionChange change) => new(
        View(change.Connection!),
        change.Checks is null ? null : Checks(change.Checks),
        change.Notes);

    public static IReadOnlyList<CheckResponse> Checks(ConnectionCheckReport report) =>
        [.. report.Checks.Select(Check)];

    public static CheckResponse Check(ConnectionCheck check) => new(check.Name, Lower(check.Outcome.ToString()), check.Message);

    private static string Lower(string text) => text.ToLowerInvariant();
}
