using System.Globalization;
using Panorama.Sync.Reconciliation;

namespace Panorama.Web.Components.Admin.Connections;

/// <summary>What synchronisation of a connection is doing right now, for the live progress on the connections page.</summary>
/// <param name="Percent">How far an import is (0-100), or null when there is no estimate to measure against.</param>
public sealed record SyncActivity(string Text, double? Percent)
{
    /// <summary>An import running, or a reconciliation holding its lease; null when sync is idle.</summary>
    public static SyncActivity? Of(SyncStatusView? sync, DateTimeOffset now)
    {
        if (sync is null)
        {
            return null;
        }

        if (sync.Import.State == "running")
        {
            var (done, estimate) = (sync.Import.Done, sync.Import.Estimate);
            return estimate > 0
                ? new SyncActivity($"Importing: {Count(done)} of about {Count(estimate)} issues", Math.Min(100, 100.0 * done / estimate))
                : new SyncActivity($"Importing: {Count(done)} issues so far", null);
        }

        return sync.LeaseOwner is not null && sync.LeaseUntil > now
            ? new SyncActivity("Reconciling with Jira…", null)
            : null;
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
