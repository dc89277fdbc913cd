using System.Text.Json.Nodes;
using Panorama.Jira.Errors;
using Panorama.Jira.Model;
using Panorama.JiraSim;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>
/// Write-back (SPEC 3.1, rule 12) against a simulated site: creating and editing issues with dates written as
/// <c>YYYY-MM-DD</c> and read back, <c>editmeta</c>, and a field taken off the edit screen failing with a message that
/// names the field, the project and the site.
/// </summary>
public sealed class WritingBackTests(SimulatedSitesFixture sites) : IClassFixture<SimulatedSitesFixture>
{
    private const string IssuePath = "/rest/api/3/issue";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SimulatedSite Alpha => sites.Alpha;

    private SiteFieldIds FieldIds => Alpha.State.FieldIds;

    [Fact]
    public async Task CreateIssue_ShouldCreateItInTheProject_WithItsDatesReadBackAsWritten()
    {
        sites.AlphaWire.Clear();
        var project = Alpha.State.ProjectKeys[0];
        var fields = new JsonObject
        {
            ["project"] = new JsonObject { ["key"] = project },
            ["issuetype"] = new JsonObject { ["name"] = "Task" },
            ["summary"] = "Plan the data centre migration",
            ["duedate"] = JiraDates.FormatDate(new DateOnly(2026, 5, 29)),
            [FieldIds.StartDate] = JiraDates.FormatDate(new DateOnly(2026, 5, 4)),
        };

        var created = await sites.AlphaClient.CreateIssueAsync(fields, cancellationToken: Ct);
        var issue = await sites.AlphaClient.GetIssueAsync(created.Key, cancellationToken: Ct);

        Assert.StartsWith($"{project}-", created.Key, StringComparison.Ordinal);
        Assert.Equal((created.Id, project, "Task", "Plan the data centre migration"),
            (issue.Id, issue.Project?.Key, issue.IssueType?.Name, issue.Summary));
        Assert.Equal((new DateOnly(2026, 5, 29), new DateOnly(2026, 5, 4)), (issue.DueDate, issue.GetDate(FieldIds.StartDate)));
        Assert.Equal(IssueFacts.From(Alpha.State.Issue(created.Key)!), IssueFacts.From(issue, FieldIds));
        var sent = Assert.Single(sites.AlphaWire.To("POST", IssuePath)).RequestBody!;
        Assert.Contains("\"duedate\":\"2026-05-29\"", sent, StringComparison.Ordinal);
        Assert.Contains($"\"{FieldIds.StartDate}\":\"2026-05-04\"", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditIssue_ShouldWriteDatesAsYyyyMmDd_WithoutNotifyingUsers_AndReadThemBack()
    {
        sites.AlphaWire.Clear();
        var before = Alpha.State.Issues()[3];
        var fields = new JsonObject
        {
            [FieldIds.StartDate] = JiraDates.FormatDate(new DateOnly(2026, 4, 1)),
            ["duedate"] = JiraDates.FormatDate(new DateOnly(2026, 4, 30)),
            [FieldIds.TargetStart] = JiraDates.FormatDate(new DateOnly(2026, 3, 30)),
            [FieldIds.TargetEnd] = JiraDates.FormatDate(new DateOnly(2026, 5, 8)),
        };

        await sites.AlphaClient.EditIssueAsync(before.Key, fields, cancellationToken: Ct);
        var issue = await sites.AlphaClient.GetIssueAsync(before.Key, IssueFacts.FieldsFor(FieldIds), cancellationToken: Ct);

        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), new DateOnly(2026, 3, 30), new DateOnly(2026, 5, 8)),
            (issue.GetDate(FieldIds.StartDate), issue.DueDate, issue.GetDate(FieldIds.TargetStart), issue.GetDate(FieldIds.TargetEnd)));
        Assert.True(issue.Updated > before.Updated, "updated did not move");
        var after = Alpha.State.Issue(before.Key)!;
        Assert.Equal(IssueFacts.From(after), IssueFacts.From(issue, FieldIds));
        var put = Assert.Single(sites.AlphaWire.To("PUT", $"{IssuePath}/{before.Key}"));
        Assert.Equal("?notifyUsers=false", put.Query);
        Assert.Contains("\"duedate\":\"2026-04-30\"", put.RequestBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditIssue_WithNull_ShouldClearADate()
    {
        var key = Alpha.State.Issues().First(i => i.StartDate is not null && i.DueDate is not null).Key;

        await sites.AlphaClient.EditIssueAsync(key, new JsonObject { [FieldIds.StartDate] = null }, cancellationToken: Ct);
        var issue = await sites.AlphaClient.GetIssueAsync(key, cancellationToken: Ct);

        Assert.Null(issue.GetDate(FieldIds.StartDate));
        Assert.NotNull(issue.DueDate);
        Assert.Null(Alpha.State.Issue(key)!.StartDate);
    }

    [Fact]
    public async Task EditMeta_ShouldListTheFieldsOnTheEditScreen_WithTheirSchema()
    {
        var key = Alpha.State.Issues()[5].Key;

        var meta = await sites.AlphaClient.GetEditMetaAsync(key, Ct);

        Assert.True(meta.CanSet("duedate"));
        Assert.True(meta.CanSet(FieldIds.StartDate));
        Assert.True(meta.CanSet("summary"));
        Assert.False(meta.CanSet("created"));
        var start = meta.Fields[FieldIds.StartDate];
        Assert.Equal(("Start date", "date", "com.atlassian.jira.plugin.system.customfieldtypes:datepicker"),
            (start.Name, start.Schema?.Type, start.Schema?.Custom));
    }

    [Fact]
    public async Task AFieldTakenOffTheEditScreen_ShouldFailAsFieldNotOnScreen_NamingFieldProjectAndSite()
    {
        var issue = Alpha.State.Issues().Last(i => i.IssueType == "Story");
        var screen = Alpha.State.Screens()[issue.ProjectKey];
        await SimControl.PutScreenAsync(Alpha, issue.ProjectKey, screen.Where(f => f != FieldIds.StartDate));
        try
        {
            sites.AlphaWire.Clear();
            var meta = await sites.AlphaClient.GetEditMetaAsync(issue.Key, Ct);
            var context = new JiraWriteContext
            {
                ProjectKey = issue.ProjectKey,
                IssueTypeName = issue.IssueType,
                FieldNames = new Dictionary<string, string> { [FieldIds.StartDate] = "Start date" },
            };

            var error = await Assert.ThrowsAsync<JiraException>(() => sites.AlphaClient.EditIssueAsync(issue.Key,
                new JsonObject { [FieldIds.StartDate] = "2026-06-01", ["duedate"] = "2026-06-30" }, context: context,
                cancellationToken: Ct));

            Assert.False(meta.CanSet(FieldIds.StartDate));
            Assert.True(meta.CanSet("duedate"));
            Assert.Equal((JiraErrorKind.FieldNotOnScreen, 400, FieldIds.StartDate), (error.Kind, error.StatusCode, error.FieldId));
            Assert.Contains("not on the appropriate screen", error.Errors[FieldIds.StartDate], StringComparison.Ordinal);
            Assert.Contains($"Add field {FieldIds.StartDate} (Start date) to the edit screen of project {issue.ProjectKey} "
                + $"for issue type Story on site alpha", error.Message, StringComparison.Ordinal);
            Assert.Equal((issue.StartDate, issue.DueDate), (Alpha.State.Issue(issue.Key)!.StartDate, Alpha.State.Issue(issue.Key)!.DueDate));
            Assert.Single(sites.AlphaWire.To("PUT", $"{IssuePath}/{issue.Key}"));
        }
        finally
        {
            await SimControl.PutScreenAsync(Alpha, issue.ProjectKey, screen);
        }
    }
}
