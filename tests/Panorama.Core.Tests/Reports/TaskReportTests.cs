using Panorama.Core.Fields;
using Panorama.Core.Reports;
using Panorama.Core.Tests.TestData;
using static Panorama.Core.Tests.TestData.TestTasks;

namespace Panorama.Core.Tests.Reports;

public sealed class TaskReportTests
{
    [Fact]
    public void Build_ShouldRefuseASecondarySitesNativeField_WithAMessageThatSaysSo()
    {
        var report = TaskReport.Build([], [BuiltInField.Key, FieldRef.Native(TestSites.Beta.ConnectionId, "customfield_10016")], TestSites.Directory);

        Assert.False(report.IsOk);
        Assert.Contains("'beta:customfield_10016' belongs to the secondary site 'beta'", report.Refusal, StringComparison.Ordinal);
        Assert.Contains("native fields of the primary site ('alpha') only", report.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ShouldOfferBuiltInFieldsAndPrimaryNativeFields_EmptyForSecondaryTasks()
    {
        var tasks = new[]
        {
            Make(TestSites.Alpha, 1, "OPS-1", fields: """{"customfield_10016": 5}""") with { StartDate = new DateOnly(2026, 1, 5), OriginalEstimate = 7200 },
            Make(TestSites.Beta, 1, "BET-1", fields: """{"customfield_10016": 8}"""),
        };

        var report = TaskReport.Build(tasks, [BuiltInField.Key, BuiltInField.Site, BuiltInField.StartDate, BuiltInField.OriginalEstimate,
            FieldRef.Native(TestSites.Alpha.ConnectionId, "customfield_10016")], TestSites.Directory).Value;

        Assert.Equal(["key", "site", "startDate", "originalEstimate", "alpha:customfield_10016"], report.Headers);
        Assert.Equal(["OPS-1", "alpha", "2026-01-05", 7200L, 5L], report.Rows[0]);
        Assert.Equal(["BET-1", "beta", null, null, null], report.Rows[1]);
    }

    [Fact]
    public void Build_ShouldUseTheDefaultColumns_WhenNoneAreChosen() =>
        Assert.Equal(TaskReport.DefaultColumns, TaskReport.Build([], [], TestSites.Directory).Value.Columns);

    [Fact]
    public void ToCsv_ShouldQuoteAsRfc4180Says_AndDefuseFormulas()
    {
        var tasks = new[]
        {
            Make(TestSites.Alpha, 1, "OPS-1") with { Summary = "Say \"hi\", then\nleave", Progress = 12.5 },
            Make(TestSites.Alpha, 2, "OPS-2") with { Summary = "=HYPERLINK(\"x\")" },
        };
        var report = TaskReport.Build(tasks, [BuiltInField.Key, BuiltInField.Summary, BuiltInField.Progress], TestSites.Directory).Value;

        var csv = ReportCsv.ToCsv(report);

        Assert.Equal(
            "key,summary,progress\r\n" +
            "OPS-1,\"Say \"\"hi\"\", then\nleave\",12.5\r\n" +
            "OPS-2,\"'=HYPERLINK(\"\"x\"\")\",\r\n",
            csv);
    }
}
