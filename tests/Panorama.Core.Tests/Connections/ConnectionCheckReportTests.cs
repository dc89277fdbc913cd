using Panorama.Core.Connections;
using static Panorama.Core.Connections.ConnectionCheckNames;

namespace Panorama.Core.Tests.Connections;

public sealed class ConnectionCheckReportTests
{
    [Fact]
    public void Valid_ShouldNeedEveryRequiredCheckPassed_ButNotTheWebhook()
    {
        var report = new ConnectionCheckReport(
        [
            ConnectionCheck.Passed(Https, "ok"), ConnectionCheck.Passed(JiraCloud, "ok"), ConnectionCheck.Passed(Credentials, "ok"),
            ConnectionCheck.Passed(Administer, "ok"), ConnectionCheck.Failed(Webhook, "no public URL"),
        ]);

        Assert.True(report.Valid);
        Assert.Null(report.Reason);
    }

    [Fact]
    public void Reason_ShouldBeTheFirstFailedRequiredCheck()
    {
        var report = new ConnectionCheckReport(
        [
            ConnectionCheck.Passed(Https, "ok"), ConnectionCheck.Skipped(JiraCloud, "not confirmed"),
            ConnectionCheck.Failed(Credentials, "the API token was rejected"), ConnectionCheck.Skipped(Administer, "not checked"),
        ]);

        Assert.False(report.Valid);
        Assert.Equal("the API token was rejected", report.Reason);
    }

    [Fact]
    public void AReportWithoutAFailure_ButNotEveryCheck_ShouldStillBeInvalid_AndSaySo()
    {
        var report = new ConnectionCheckReport([ConnectionCheck.Passed(Https, "ok")]);

        Assert.False(report.Valid);
        Assert.Contains("test the connection again", report.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void With_ShouldReplaceACheckOfTheSameName()
    {
        var report = new ConnectionCheckReport([ConnectionCheck.Skipped(Webhook, "later")]).With(ConnectionCheck.Passed(Webhook, "registered"));

        Assert.Equal(CheckOutcome.Passed, Assert.Single(report.Checks).Outcome);
    }
}
