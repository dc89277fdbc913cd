using Panorama.Sync.Reconciliation;
using Panorama.Web.Components.Admin.Connections;

namespace Panorama.Web.Tests.Connections;

public sealed class SyncActivityTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ARunningImport_ShouldShowHowFarItIs_AgainstJirasEstimate()
    {
        var activity = SyncActivity.Of(Status(new SyncImportView("running", 2_500, 10_000, Now, null)), Now);

        Assert.Equal(25, activity!.Percent);
        Assert.Equal("Importing: 2,500 of about 10,000 issues", activity.Text);
    }

    [Fact]
    public void AnImportWithoutAnEstimate_ShouldCountWithoutAPercentage()
    {
        var activity = SyncActivity.Of(Status(new SyncImportView("running", 300, 0, Now, null)), Now);

        Assert.Null(activity!.Percent);
        Assert.Equal("Importing: 300 issues so far", activity.Text);
    }

    [Fact]
    public void AHeldReconciliationLease_ShouldShowReconciling_AndAnExpiredOneNothing()
    {
        var finished = new SyncImportView("done", 10, 10, Now, Now);

        Assert.Equal("Reconciling with Jira…", SyncActivity.Of(Status(finished, "node-a", Now.AddSeconds(20)), Now)!.Text);
        Assert.Null(SyncActivity.Of(Status(finished, "node-a", Now.AddSeconds(-1)), Now));
        Assert.Null(SyncActivity.Of(Status(finished), Now));
        Assert.Null(SyncActivity.Of(null, Now));
    }

    private static SyncStatusView Status(SyncImportView import, string? leaseOwner = null, DateTimeOffset? leaseUntil = null) =>
        new(Guid.NewGuid(), "alpha", "valid", null, false, import, null, null, null, null, 0, 0, 0, 0, leaseOwner, leaseUntil);
}
