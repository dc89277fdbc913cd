using System.Text.Json;
using Panorama.Jira.Serialization;
using Panorama.Jira.Tests.Support;
using Panorama.Jira.Webhooks;

namespace Panorama.Jira.Tests.Contract;

/// <summary>
/// Every fixture file is read by the reader the client uses for it, so a new capture cannot sit unread. The values
/// are asserted in the other contract tests.
/// </summary>
public sealed class EveryFixtureTests
{
    private static readonly Dictionary<string, Func<byte[], object?>> Readers = new(StringComparer.Ordinal)
    {
        ["captured/jira-cli/fields.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.ListJiraField),
        ["captured/jira-cli/issue-link-types.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.IssueLinkTypesResponse),
        ["captured/jira-cli/issue.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.JiraIssue),
        ["captured/jira-cli/myself.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.JiraUser),
        ["captured/jira-to-matrix/rest/editmeta.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.JiraEditMeta),
        ["captured/jira-to-matrix/rest/issue.v2.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.JiraIssue),
        ["captured/jira-to-matrix/webhooks/issuelink_created.json"] = b => JiraWebhookPayload.Parse(b),
        ["captured/jira-to-matrix/webhooks/issuelink_deleted.json"] = b => JiraWebhookPayload.Parse(b),
        ["captured/mattermost-plugin-jira/webhook-cloud-comment-created.json"] = b => JiraWebhookPayload.Parse(b),
        ["captured/mattermost-plugin-jira/webhook-cloud-issue-created-many-fields.json"] = b => JiraWebhookPayload.Parse(b),
        ["captured/mattermost-plugin-jira/webhook-cloud-issue-updated-custom-field.json"] = b => JiraWebhookPayload.Parse(b),
        ["captured/mattermost-plugin-jira/webhook-issue-deleted.json"] = b => JiraWebhookPayload.Parse(b),
        ["spec-examples/changelog-bulkfetch.POST.200.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.ChangelogPage),
        ["spec-examples/field.GET.200.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.ListJiraField),
        ["spec-examples/issue-bulkfetch.POST.200.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.BulkFetchPage),
        ["spec-examples/issue-editmeta.GET.200.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.JiraEditMeta),
        ["spec-examples/issue.GET.200.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.JiraIssue),
        ["spec-examples/issue.POST.201.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.CreatedIssueResponse),
        ["spec-examples/issue.POST.400.json"] = b => Errors.JiraErrorCollection.Read(b),
        ["spec-examples/issueLink.GET.200.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.JiraIssueLinkDetails),
        ["spec-examples/issueLinkType.GET.200.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.IssueLinkTypesResponse),
        ["spec-examples/mypermissions.GET.200.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.PermissionsResponse),
        ["spec-examples/myself.GET.200.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.JiraUser),
        ["spec-examples/search-approximate-count.POST.200.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.ApproximateCountResponse),
        ["spec-examples/search-jql.GET.200.json"] = b => JsonSerializer.Deserialize(b, JiraJsonContext.Default.SearchPage),

        // Request bodies: the client writes these shapes (compared key by key in RequestShapeTests).
        ["spec-examples/issue-bulkfetch.POST.request.json"] = ParseDocument,
        ["spec-examples/issue.POST.request.json"] = ParseDocument,
        ["spec-examples/issue.PUT.request.json"] = ParseDocument,
        ["spec-examples/issueLink.POST.request.json"] = ParseDocument,
        ["spec-examples/search-approximate-count.POST.request.json"] = ParseDocument,

        // Dynamic webhooks are for Connect and OAuth apps only; Panorama's Basic-auth user registers admin webhooks.
        ["spec-examples/webhook-dynamic-refresh.PUT.200.json"] = ParseDocument,
        ["spec-examples/webhook-dynamic.GET.200.json"] = ParseDocument,
        ["spec-examples/webhook-dynamic.POST.200.json"] = ParseDocument,
        ["spec-examples/webhook-dynamic.POST.request.json"] = ParseDocument,
    };

    public static TheoryData<string> Files => [.. FixtureFiles.JsonFiles("captured").Concat(FixtureFiles.JsonFiles("spec-examples"))];

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryFixture_ShouldBeReadWithoutError_ByTheReaderForItsShape(string fixture)
    {
        Assert.True(Readers.TryGetValue(fixture, out var read), $"No reader is declared for {fixture}.");
        Assert.NotNull(read(FixtureFiles.Read(fixture)));
    }

    [Fact]
    public void EveryDeclaredReader_ShouldHaveItsFixture() =>
        Assert.Equal(Readers.Keys.Order(StringComparer.Ordinal), Files.Select(f => (string)f.Data).Order(StringComparer.Ordinal));

    private static object ParseDocument(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.ValueKind;
    }
}
