using System.Text.Json;
using Panorama.Core.Tasks;
using Panorama.Jira.Model;
using Panorama.Jira.Tests.Support;

namespace Panorama.Jira.Tests.Contract;

/// <summary>Real and official issue payloads, served over HTTP and read through the client: every value Panorama uses.</summary>
public sealed class IssueContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetIssue_ShouldReadACapturedV2Issue_WithOffsetsLinksAndCustomFields()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/issue/BBCOM-1398", _ => FakeResponse.File("captured/jira-to-matrix/rest/issue.v2.json"));

        var issue = await server.Host.Client.GetIssueAsync("BBCOM-1398", cancellationToken: Ct);

        Assert.Equal("11442", issue.Id);
        Assert.Equal(11442, issue.NumericId);
        Assert.Equal("BBCOM-1398", issue.Key);
        Assert.Equal("Prueba de creación de tareas en un proyecto público", issue.Summary);
        Assert.Equal(new JiraStatus("10257", "К выполнению", "new"), issue.Status);
        Assert.Equal(StatusCategory.ToDo, issue.Status!.Category);
        Assert.Equal(new JiraIssueTypeRef("10177", "Tarea", false, null), issue.IssueType);
        Assert.Equal(new JiraProjectRef("10105", "BBCOM", "Internal Development"), issue.Project);
        Assert.Equal(new JiraUserRef("5b912f5c8a96e82b9549361c", "Сидоров Егор Ильич"), issue.Assignee);
        Assert.Equal(new DateTimeOffset(2018, 12, 5, 14, 32, 11, 571, TimeSpan.FromHours(3)), issue.Created);
        Assert.Equal(new DateTimeOffset(2018, 12, 19, 12, 36, 15, 507, TimeSpan.FromHours(3)), issue.Updated);
        Assert.Equal(TimeSpan.FromHours(3), issue.Updated!.Value.Offset);
        Assert.Null(issue.DueDate);
        Assert.Null(issue.OriginalEstimateSeconds);
        Assert.Null(issue.RemainingEstimateSeconds);
        Assert.Null(issue.TimeSpentSeconds);
        Assert.Null(issue.Parent);
        Assert.Empty(issue.FixVersions);
        Assert.Empty(issue.Components);
        Assert.False(issue.Description!.IsAdf);
        Assert.Equal("Prueba de creación de tareas en un proyecto público", issue.Description.ToPlainText());
        Assert.Equal("0|i006km:", issue.GetString("customfield_10019"));

        var link = Assert.Single(issue.IssueLinks);
        Assert.Equal(new JiraIssueLink("10656", "10000", "Blocks", "is blocked by", "blocks",
            JiraLinkDirection.Outward, "11961", "BBCOM-28"), link);
        Assert.Equal("blocks", link.Verb);
    }

    [Fact]
    public async Task GetIssue_ShouldKeepEveryFieldOfTheCapturedIssue_Unchanged()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        const string fixture = "captured/jira-to-matrix/rest/issue.v2.json";
        server.Jira.On("GET", "/rest/api/3/issue/11442", _ => FakeResponse.File(fixture));

        var issue = await server.Host.Client.GetIssueAsync("11442", cancellationToken: Ct);

        using var original = JsonDocument.Parse(FixtureFiles.Read(fixture));
        var fields = original.RootElement.GetProperty("fields").EnumerateObject().ToList();
        Assert.Equal(fields.Count, issue.Fields.EnumerateObject().Count());
        foreach (var field in fields)
        {
            Assert.True(issue.Fields.TryGetProperty(field.Name, out var kept), field.Name);
            Assert.Equal(field.Value.GetRawText(), kept.GetRawText());
        }

        // A Parent Link field of an unlicensed Advanced Roadmaps: kept raw for whoever maps it.
        Assert.Equal("PLUGIN_LICENSE_ERROR",
            issue.Field("customfield_10015")!.Value.GetProperty("nonEditableReason").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task GetIssue_ShouldReadAV3IssueWithAdfDescription_AndSkipLinksWithoutAnIssue()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/issue/TEST-1", _ => FakeResponse.File("captured/jira-cli/issue.json"));

        var issue = await server.Host.Client.GetIssueAsync("TEST-1", cancellationToken: Ct);

        Assert.Equal("TEST-1", issue.Key);
        Assert.Equal("Bug summary", issue.Summary);
        Assert.True(issue.Description!.IsAdf);
        Assert.Equal("Test description", issue.Description.ToPlainText());
        Assert.Equal(new DateTimeOffset(2020, 12, 3, 14, 5, 20, 974, TimeSpan.FromHours(1)), issue.Created);
        Assert.Equal(new JiraStatus(null, "To Do", null), issue.Status);
        Assert.Equal(StatusCategory.ToDo, issue.Status!.Category);
        Assert.Equal("Bug", issue.IssueType!.Name);
        Assert.Null(issue.Assignee);
        var link = Assert.Single(issue.IssueLinks);
        Assert.Equal(new JiraIssueLink("10001", null, null, null, null, JiraLinkDirection.Outward, null, "TEST-2"), link);
    }

    [Fact]
    public async Task GetIssue_ShouldReadTheOfficialExample_WithEstimatesFromTimeTrackingAndBothLinkDirections()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/issue/ED-1", _ => FakeResponse.File("spec-examples/issue.GET.200.json"));

        var issue = await server.Host.Client.GetIssueAsync("ED-1", ["*all"], cancellationToken: Ct);

        Assert.Equal(("10002", "ED-1"), (issue.Id, issue.Key));
        Assert.Equal("Main order flow broken", issue.Description!.ToPlainText());
        Assert.True(issue.Description.IsAdf);
        Assert.Equal(600, issue.OriginalEstimateSeconds);
        Assert.Equal(200, issue.RemainingEstimateSeconds);
        Assert.Equal(400, issue.TimeSpentSeconds);
        Assert.Equal(new JiraProjectRef("10000", "EX", "Example"), issue.Project);
        Assert.Equal(
            [
                new JiraIssueLink("10001", "10000", "Dependent", "depends on", "is depended by", JiraLinkDirection.Outward, "10004L", "PR-2"),
                new JiraIssueLink("10002", "10000", "Dependent", "depends on", "is depended by", JiraLinkDirection.Inward, "10004", "PR-3"),
            ],
            issue.IssueLinks);

        // The example's "updated": 1 is a number: read as epoch seconds, never a failure.
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1), issue.Updated);
        Assert.Equal("?fields=%2Aall", server.Jira.Requests.Single().QueryString);
    }

    [Fact]
    public async Task Search_ShouldReadTheOfficialPage_AndStopWithoutAToken()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("POST", "/rest/api/3/search/jql", _ => FakeResponse.File("spec-examples/search-jql.GET.200.json"));

        var issues = await server.Host.Client.SearchAsync(new("project = ED"), Ct).ToListAsync(Ct);

        var issue = Assert.Single(issues);
        Assert.Equal("ED-1", issue.Key);
        Assert.False(issue.Description!.IsAdf);
        Assert.Equal("Main order flow broken", issue.Description.ToPlainText());
        Assert.Equal(600, issue.OriginalEstimateSeconds);
        Assert.Equal(JiraLinkDirection.Inward, issue.IssueLinks[1].Direction);
        Assert.Single(server.Jira.Requests);
    }

    [Fact]
    public async Task BulkFetch_ShouldReadTheOfficialExample()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("POST", "/rest/api/3/issue/bulkfetch", _ => FakeResponse.File("spec-examples/issue-bulkfetch.POST.200.json"));

        var result = await server.Host.Client.BulkFetchAsync(["EX-1", "EX-2", "10005"], ["summary", "project", "assignee"], Ct);

        Assert.Equal(["EX-1", "EX-2", "EX-4"], result.Issues.Select(i => i.Key));
        Assert.Equal(["10002", "10005", "10005"], result.Issues.Select(i => i.Id));
        Assert.Equal(["EX", "ABC", "MKY"], result.Issues.Select(i => i.Project!.Key));
        Assert.Equal("My second example issue", result.Issues[1].Summary);
        Assert.All(result.Issues, i => Assert.Equal(new JiraUserRef("5b10a2844c20165700ede21g", "Mia Krystof"), i.Assignee));
        Assert.Empty(result.IssueErrors);
    }

    [Fact]
    public async Task CreateIssue_ShouldReadTheOfficialAnswers()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("POST", "/rest/api/3/issue",
            FakeResponse.File("spec-examples/issue.POST.201.json") with { Status = 201 },
            FakeResponse.File("spec-examples/issue.POST.400.json") with { Status = 400 });

        var created = await server.Host.Client.CreateIssueAsync(new() { ["summary"] = "x" }, cancellationToken: Ct);
        var refused = await Assert.ThrowsAsync<Errors.JiraException>(
            () => server.Host.Client.CreateIssueAsync(new() { ["summary"] = "y" }, cancellationToken: Ct));

        Assert.Equal(new JiraCreatedIssue("10000", "ED-24", "https://your-domain.atlassian.net/rest/api/3/issue/10000"), created);
        Assert.Equal(Errors.JiraErrorKind.BadRequest, refused.Kind);
        Assert.Equal(["Field 'priority' is required"], refused.ErrorMessages);
        Assert.Contains("Field 'priority' is required", refused.Message, StringComparison.Ordinal);
    }
}
