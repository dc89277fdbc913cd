using Panorama.Jira.Model;
using Panorama.Jira.Tests.Support;

namespace Panorama.Jira.Tests.Contract;

/// <summary>Fields, link types, the technical user, permissions, edit metadata and links, from real and official bodies.</summary>
public sealed class MetadataContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetFields_ShouldReadSchemasOfARealFieldList()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/field", _ => FakeResponse.File("captured/jira-cli/fields.json"));

        var fields = await server.Host.Client.GetFieldsAsync(Ct);

        Assert.Equal(["fixVersions", "customfield_10111", "timespent"], fields.Select(f => f.Id));
        var points = fields[1];
        Assert.True(points.Custom);
        Assert.Equal("Original story points", points.Name);
        Assert.Equal(["cf[10111]", "Original story points"], points.ClauseNames);
        Assert.Equal(new JiraFieldSchema { Type = "number", Custom = "com.atlassian.jpo:jpo-custom-field-original-story-points", CustomId = 10111 },
            points.Schema);
        Assert.Equal(new JiraFieldSchema { Type = "array", Items = "version", System = "fixVersions" }, fields[0].Schema);
        Assert.Equal("timespent", fields[2].Key);
        Assert.False(fields[2].Orderable);
    }

    [Fact]
    public async Task GetFields_ShouldReadTheOfficialExample()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/field", _ => FakeResponse.File("spec-examples/field.GET.200.json"));

        var fields = await server.Host.Client.GetFieldsAsync(Ct);

        Assert.Equal(["description", "summary"], fields.Select(f => f.Id));
        Assert.Equal("summary", fields[1].Schema!.System);
    }

    [Theory]
    [InlineData("captured/jira-cli/issue-link-types.json", "10000", "Blocks", "is blocked by", "blocks", 3)]
    [InlineData("spec-examples/issueLinkType.GET.200.json", "1000", "Duplicate", "Duplicated by", "Duplicates", 2)]
    public async Task GetIssueLinkTypes_ShouldReadIdsAndPhrases(string fixture, string id, string name, string inward,
        string outward, int count)
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/issueLinkType", _ => FakeResponse.File(fixture));

        var types = await server.Host.Client.GetIssueLinkTypesAsync(Ct);

        Assert.Equal(count, types.Count);
        Assert.Equal(new JiraIssueLinkType { Id = id, Name = name, Inward = inward, Outward = outward }, types[0]);
    }

    [Fact]
    public async Task GetMyself_ShouldReadTheOfficialExample_AndACapturedOneWithoutAccountId()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("GET", "/rest/api/3/myself",
            FakeResponse.File("spec-examples/myself.GET.200.json"), FakeResponse.File("captured/jira-cli/myself.json"));

        var official = await server.Host.Client.GetMyselfAsync(Ct);
        var captured = await server.Host.Client.GetMyselfAsync(Ct);

        Assert.Equal(new JiraUser
        {
            AccountId = "5b10a2844c20165700ede21g",
            AccountType = "atlassian",
            DisplayName = "Mia Krystof",
            EmailAddress = "mia@example.com",
            Active = true,
            TimeZone = "Australia/Sydney",
        }, official);
        Assert.Equal(new JiraUser { DisplayName = "Person A", EmailAddress = "user@test.com" }, captured);
    }

    [Fact]
    public async Task GetMyPermissions_ShouldAskForTheKeys_AndReadHavePermission()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/mypermissions", _ => FakeResponse.File("spec-examples/mypermissions.GET.200.json"));

        var permissions = await server.Host.Client.GetMyPermissionsAsync(["EDIT_ISSUES", "ADMINISTER"], "OPS", Ct);

        var edit = permissions["EDIT_ISSUES"];
        Assert.True(edit.HavePermission);
        Assert.Equal(("12", "EDIT_ISSUES", "PROJECT"), (edit.Id, edit.Key, edit.Type));
        var query = server.Jira.Requests.Single().Query;
        Assert.Equal("EDIT_ISSUES,ADMINISTER", query["permissions"]);
        Assert.Equal("OPS", query["projectKey"]);
    }

    [Fact]
    public async Task GetEditMeta_ShouldTellWhichFieldsCanBeSet_OnARealScreen()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/issue/BBCOM-1398/editmeta", _ => FakeResponse.File("captured/jira-to-matrix/rest/editmeta.json"));

        var meta = await server.Host.Client.GetEditMetaAsync("BBCOM-1398", Ct);

        Assert.True(meta.CanSet("duedate"));
        Assert.True(meta.CanSet("summary"));
        Assert.False(meta.CanSet("issuetype")); // on screen, but no operations
        Assert.False(meta.CanSet("issuelinks")); // "add" only
        Assert.False(meta.CanSet("customfield_10015")); // not on the screen at all
        Assert.Equal("Срок исполнения", meta.Fields["duedate"].Name);
        Assert.Equal(new JiraFieldSchema { Type = "date", System = "duedate" }, meta.Fields["duedate"].Schema);
        Assert.Equal("com.pyxis.greenhopper.jira:gh-lexo-rank", meta.Fields["customfield_10019"].Schema!.Custom);
        Assert.True(meta.Fields["summary"].Required);
    }

    [Fact]
    public async Task GetEditMeta_ShouldReadTheOfficialExample()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/issue/EX-1/editmeta", _ => FakeResponse.File("spec-examples/issue-editmeta.GET.200.json"));

        var meta = await server.Host.Client.GetEditMetaAsync("EX-1", Ct);

        var summary = meta.Fields["summary"];
        Assert.Equal(["set", "add"], summary.Operations);
        Assert.Equal(["red", "blue"], summary.AllowedValues!.Value.EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(10001, summary.Schema!.CustomId);
    }

    [Fact]
    public async Task GetIssueLink_ShouldReadBothSides_OfTheOfficialExample()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/issueLink/10001", _ => FakeResponse.File("spec-examples/issueLink.GET.200.json"));

        var link = await server.Host.Client.GetIssueLinkAsync("10001", Ct);

        Assert.Equal("10001", link.Id);
        Assert.Equal(new JiraIssueLinkType { Id = "1000", Name = "Duplicate", Inward = "Duplicated by", Outward = "Duplicates" }, link.Type);
        Assert.Equal(("10004", "PR-3"), (link.InwardIssue!.Id, link.InwardIssue.Key));
        Assert.Equal(("10004L", "PR-2"), (link.OutwardIssue!.Id, link.OutwardIssue.Key));
        Assert.Equal("Closed", link.InwardIssue.Fields!.Value.GetProperty("status").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ApproximateCount_ShouldReadTheOfficialExample()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("POST", "/rest/api/3/search/approximate-count", _ => FakeResponse.File("spec-examples/search-approximate-count.POST.200.json"));

        var count = await server.Host.Client.ApproximateCountAsync("project = HSP", Ct);

        Assert.Equal(153, count);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.Nodes.JsonNode.Parse(FixtureFiles.Read("spec-examples/search-approximate-count.POST.request.json")),
            System.Text.Json.Nodes.JsonNode.Parse(server.Jira.Requests.Single().Body)));
    }
}
