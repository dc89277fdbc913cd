using System.Net;
using System.Text.Json;
using Panorama.JiraSim.Tests.Infrastructure;

namespace Panorama.JiraSim.Tests.Issues;

public sealed class EditingIssuesTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private readonly HttpClient _jira = JiraHttp.Client(fixture.Alpha);
    private readonly HttpClient _control = JiraHttp.Anonymous(fixture.Alpha);

    [Fact]
    public async Task Put_ShouldChangeDatesAndEstimates_AndRecordJirasChangelog()
    {
        var issue = fixture.Alpha.State.Issues().First(i => i.IssueType == "Task");
        var startDate = fixture.Alpha.State.FieldIds.StartDate;
        var before = issue.Updated;

        await _jira.SendJsonAsync(HttpMethod.Put, $"/rest/api/3/issue/{issue.Key}?notifyUsers=false",
            JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["fields"] = new Dictionary<string, object?>
                {
                    ["duedate"] = "2031-03-31",
                    [startDate] = "2031-03-01",
                    ["timetracking"] = new { originalEstimate = "2d 4h", remainingEstimate = "1d" },
                },
            }), HttpStatusCode.NoContent);

        var after = fixture.Alpha.State.Issue(issue.Key)!;
        Assert.Equal(new DateOnly(2031, 3, 31), after.DueDate);
        Assert.Equal(new DateOnly(2031, 3, 1), after.StartDate);
        Assert.Equal(20 * 3600, after.OriginalEstimateSeconds);
        Assert.Equal(8 * 3600, after.RemainingEstimateSeconds);
        Assert.True(after.Updated > before);

        var read = await _jira.GetJsonAsync($"/rest/api/3/issue/{issue.Key}?fields=duedate,{startDate},timetracking&expand=changelog");
        Assert.Equal("2031-03-31", read.GetProperty("fields").GetProperty("duedate").GetString());
        Assert.Equal("2d 4h", read.GetProperty("fields").GetProperty("timetracking").GetProperty("originalEstimate").GetString());
        var items = read.GetProperty("changelog").GetProperty("histories")[0].GetProperty("items").EnumerateArray().ToList();
        var custom = items.Single(i => i.GetProperty("fieldId").GetString() == startDate);
        Assert.Equal("custom", custom.GetProperty("fieldtype").GetString());
        Assert.Equal("Start date", custom.GetProperty("field").GetString());
        Assert.Equal("2031-03-01", custom.GetProperty("to").GetString());
        Assert.Contains(items, i => i.GetProperty("fieldId").GetString() == "duedate");
        Assert.Contains(items, i => i.GetProperty("fieldId").GetString() == "timeoriginalestimate");
    }

    [Fact]
    public async Task Put_ShouldAnswer400WithJirasError_WhenTheFieldIsNotOnTheEditScreen()
    {
        var issue = fixture.Alpha.State.Issues().First(i => i.IssueType == "Story" && i.ProjectKey == fixture.Alpha.State.ProjectKeys[1]);
        var targetEnd = fixture.Alpha.State.FieldIds.TargetEnd;
        var screen = fixture.Alpha.State.Screens()[issue.ProjectKey].Where(f => f != targetEnd).ToArray();
        await _control.SendJsonAsync(HttpMethod.Put, "/_sim/screens", new Dictionary<string, string[]> { [issue.ProjectKey] = screen }, HttpStatusCode.NoContent);

        var error = await _jira.SendJsonAsync(HttpMethod.Put, $"/rest/api/3/issue/{issue.Key}",
            $$$"""{"fields": {"summary": "still fine", "{{{targetEnd}}}": "2030-01-01"}}""", HttpStatusCode.BadRequest);
        var editmeta = await _jira.GetJsonAsync($"/rest/api/3/issue/{issue.Key}/editmeta");
        var unknown = await _jira.SendJsonAsync(HttpMethod.Put, $"/rest/api/3/issue/{issue.Key}", """{"fields": {"customfield_99999": 1}}""", HttpStatusCode.BadRequest);

        Assert.Equal($"Field '{targetEnd}' cannot be set. It is not on the appropriate screen, or unknown.", error.GetProperty("errors").GetProperty(targetEnd).GetString());
        Assert.Empty(error.GetProperty("errorMessages").EnumerateArray());
        Assert.Equal(issue.Summary, fixture.Alpha.State.Issue(issue.Key)!.Summary);
        Assert.False(editmeta.GetProperty("fields").TryGetProperty(targetEnd, out _));
        Assert.True(editmeta.GetProperty("fields").TryGetProperty("duedate", out _));
        Assert.Equal("Field 'customfield_99999' cannot be set. It is not on the appropriate screen, or unknown.",
            unknown.GetProperty("errors").GetProperty("customfield_99999").GetString());
    }

    [Fact]
    public async Task Put_ShouldRejectABadDate_AndChangeNothing()
    {
        var issue = fixture.Alpha.State.Issues().First(i => i.DueDate is not null);

        var error = await _jira.SendJsonAsync(HttpMethod.Put, $"/rest/api/3/issue/{issue.Key}",
            """{"fields": {"summary": "changed", "duedate": "31/03/2031"}}""", HttpStatusCode.BadRequest);

        Assert.Equal("Error parsing date string: 31/03/2031", error.GetProperty("errors").GetProperty("duedate").GetString());
        Assert.Equal(issue.Summary, fixture.Alpha.State.Issue(issue.Key)!.Summary);
    }

    [Fact]
    public async Task CreateAndDelete_ShouldBehaveAsJira()
    {
        var project = fixture.Alpha.State.ProjectKeys[0];
        var parent = fixture.Alpha.State.Issues().First(i => i.ProjectKey == project && i.IssueType == "Story");

        var created = await _jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/issue", new
        {
            fields = new
            {
                project = new { key = project },
                issuetype = new { name = "Sub-task" },
                parent = new { key = parent.Key },
                summary = "Write the migration notes",
                description = new { type = "doc", version = 1, content = new[] { new { type = "paragraph", content = new[] { new { type = "text", text = "Notes." } } } } },
                labels = new[] { "docs" },
            },
        }, HttpStatusCode.Created);
        var key = created.GetProperty("key").GetString()!;
        var missing = await _jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/issue", new { fields = new { project = new { key = project } } }, HttpStatusCode.BadRequest);

        Assert.StartsWith(project + "-", key, StringComparison.Ordinal);
        Assert.EndsWith("/rest/api/3/issue/" + created.GetProperty("id").GetString(), created.GetProperty("self").GetString(), StringComparison.Ordinal);
        Assert.Equal(parent.Key, fixture.Alpha.State.Issue(key)!.ParentKey);
        var read = await _jira.GetJsonAsync($"/rest/api/3/issue/{key}");
        Assert.Equal("Notes.", read.GetProperty("fields").GetProperty("description").GetProperty("content")[0].GetProperty("content")[0].GetProperty("text").GetString());
        Assert.Equal("Specify an issue type", missing.GetProperty("errors").GetProperty("issuetype").GetString());
        Assert.Equal("You must specify a summary of the issue.", missing.GetProperty("errors").GetProperty("summary").GetString());

        await _jira.SendJsonAsync(HttpMethod.Delete, $"/rest/api/3/issue/{parent.Key}", null, HttpStatusCode.BadRequest);
        await _jira.SendJsonAsync(HttpMethod.Delete, $"/rest/api/3/issue/{key}", null, HttpStatusCode.NoContent);
        await _jira.GetJsonAsync($"/rest/api/3/issue/{key}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetIssue_ShouldShowTheFieldsPanoramaReads()
    {
        var issue = fixture.Alpha.State.Issues().First(i => i.ParentKey is not null && i.StartDate is not null && i.OriginalEstimateSeconds is not null);

        var body = await _jira.GetJsonAsync($"/rest/api/3/issue/{issue.Key}");

        var fields = body.GetProperty("fields");
        Assert.Equal(issue.StartDate!.Value.ToString("yyyy-MM-dd", null), fields.GetProperty(fixture.Alpha.State.FieldIds.StartDate).GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$", fields.GetProperty("updated").GetString());
        Assert.Equal(issue.StatusCategoryKey, fields.GetProperty("status").GetProperty("statusCategory").GetProperty("key").GetString());
        Assert.True(fields.GetProperty("issuetype").TryGetProperty("hierarchyLevel", out _));
        Assert.Equal(issue.ParentKey, fields.GetProperty("parent").GetProperty("key").GetString());
        Assert.Equal(issue.OriginalEstimateSeconds, fields.GetProperty("timeoriginalestimate").GetInt64());
        Assert.Equal("doc", fields.GetProperty("description").ValueKind == JsonValueKind.Null ? "doc" : fields.GetProperty("description").GetProperty("type").GetString());
        foreach (var name in new[] { "assignee", "duedate", "timetracking", "timeestimate", "timespent", "fixVersions", "components", "issuelinks", "created", "project" })
        {
            Assert.True(fields.TryGetProperty(name, out _), $"{name} is missing");
        }
    }
}
