using System.Text;
using Panorama.Jira.Model;
using Panorama.Jira.Tests.Support;
using Panorama.Jira.Webhooks;

namespace Panorama.Jira.Tests.Contract;

/// <summary>Real Jira Cloud webhook deliveries (REST v2 shapes), parsed from their raw bytes.</summary>
public sealed class WebhookPayloadContractTests
{
    private static JiraWebhookPayload Parse(string fixture) => JiraWebhookPayload.Parse(FixtureFiles.Read(fixture));

    [Fact]
    public void Parse_ShouldReadAnIssueCreatedDeliveryWithManyCustomFields()
    {
        var payload = Parse("captured/mattermost-plugin-jira/webhook-cloud-issue-created-many-fields.json");

        Assert.Equal(JiraWebhookEventKind.IssueCreated, payload.Kind);
        Assert.Equal("jira:issue_created", payload.WebhookEvent);
        Assert.Equal("issue_created", payload.IssueEventTypeName);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1566935004475), payload.Timestamp);
        Assert.Equal(new DateOnly(2019, 8, 27), DateOnly.FromDateTime(payload.Timestamp!.Value.UtcDateTime));
        Assert.Equal(new JiraUserRef("5cedcb4355a88a0fc86388ba", "Sample User"), payload.User);

        var issue = payload.Issue!;
        Assert.Equal(("10509", "KT-22"), (issue.Id, issue.Key));
        Assert.Equal("Lots of fields selected", issue.Summary);
        Assert.Equal("The good description", issue.Description!.ToPlainText());
        Assert.False(issue.Description.IsAdf);
        Assert.Equal(new JiraStatus("10004", "To Do", "new"), issue.Status);
        Assert.Equal(new JiraIssueTypeRef("10002", "Task", false, null), issue.IssueType);
        Assert.Equal(new JiraProjectRef("10008", "KT", "Koch Testing"), issue.Project);
        Assert.Equal(new DateTimeOffset(2019, 8, 27, 12, 43, 24, 193, TimeSpan.FromHours(-7)), issue.Created);
        Assert.Equal(new DateTimeOffset(2019, 8, 29, 12, 40, 0, TimeSpan.FromHours(-7)), issue.GetDateTime("customfield_10070"));
        Assert.Equal(new DateOnly(2019, 8, 12), issue.GetDate("customfield_10069"));
        Assert.Equal(23, issue.GetNumber("customfield_10072"));
        Assert.Equal(0, issue.GetNumber("customfield_10038")); // a number sent as the text "0.0"
        Assert.Equal("KT-17", issue.GetString("customfield_10014"));
        Assert.Equal(
            [new JiraVersionRef("10000", "version1", false, false, null), new JiraVersionRef("10001", "version2", false, false, null)],
            issue.FixVersions);
        Assert.Equal(
            [new JiraSprint(1, "SCRUM1 Sprint 1", "ACTIVE", 2, new DateTimeOffset(2019, 5, 23, 14, 2, 10, 170, TimeSpan.Zero),
                new DateTimeOffset(2019, 6, 6, 14, 2, 0, TimeSpan.Zero), null)],
            issue.GetSprints("customfield_10021"));

        // The doc says only issue_updated carries a changelog; real Cloud deliveries of issue_created do too.
        var changelog = payload.Changelog!;
        Assert.Equal("11627", changelog.Id);
        Assert.Equal(9, changelog.Items.Count);
        Assert.Equal(new JiraChangelogItem
        {
            Field = "MJK - Radio Buttons",
            FieldType = "custom",
            FieldId = "customfield_10073",
            To = "10035",
            ToText = "1",
        }, changelog.Items[1]);
    }

    [Fact]
    public void Parse_ShouldReadAnIssueUpdatedDelivery_KeyingChangesByFieldId()
    {
        var payload = Parse("captured/mattermost-plugin-jira/webhook-cloud-issue-updated-custom-field.json");

        Assert.Equal(JiraWebhookEventKind.IssueUpdated, payload.Kind);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1565574553414), payload.Timestamp);
        var item = Assert.Single(payload.Changelog!.Items);
        Assert.Equal(("customfield_10072", "MJK - Number Field", "custom", "1", "12"),
            (item.FieldId, item.Field, item.FieldType, item.FromText, item.ToText));
        var issue = payload.Issue!;
        Assert.Equal(("10368", "TES-14"), (issue.Id, issue.Key));
        Assert.Equal(12, issue.GetNumber("customfield_10072"));
        Assert.Equal(new DateTimeOffset(2019, 8, 11, 18, 49, 13, 412, TimeSpan.FromHours(-7)), issue.Updated);
        Assert.Equal(new DateTimeOffset(2019, 7, 30, 11, 2, 24, 312, TimeSpan.FromHours(-7)), issue.GetDateTime("customfield_10029"));
        Assert.Equal(new JiraIssueTypeRef("10001", "Story", false, null), issue.IssueType);
    }

    [Fact]
    public void Parse_ShouldReadAnIssueDeletedDelivery()
    {
        var payload = Parse("captured/mattermost-plugin-jira/webhook-issue-deleted.json");

        Assert.Equal(JiraWebhookEventKind.IssueDeleted, payload.Kind);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1562177136176), payload.Timestamp);
        Assert.Null(payload.IssueEventTypeName);
        Assert.Null(payload.Changelog);
        Assert.Equal(("10303", "IDT-19"), (payload.Issue!.Id, payload.Issue.Key));
        Assert.Equal(new JiraProjectRef("10004", "IDT", "Issue Dialog Testing"), payload.Issue.Project);
        Assert.Equal(new DateTimeOffset(2019, 7, 3, 11, 4, 43, 20, TimeSpan.FromHours(-7)), payload.Issue.Updated);
    }

    [Fact]
    public void Parse_ShouldReadACommentDelivery_WhoseActorIsTheCommentAuthor()
    {
        var payload = Parse("captured/mattermost-plugin-jira/webhook-cloud-comment-created.json");

        Assert.Equal(JiraWebhookEventKind.CommentCreated, payload.Kind);
        Assert.Null(payload.User);
        var comment = payload.Comment!;
        Assert.Equal("10019", comment.Id);
        Assert.Equal(new JiraUserRef("5c5f880629be9642ba529340", "Test User"), comment.Author);
        Assert.Equal("Added a comment", JiraRichText.From(comment.Body)!.ToPlainText());
        Assert.NotNull(comment.Created);
        Assert.Equal(("10040", "TES-41"), (payload.Issue!.Id, payload.Issue.Key));
        Assert.Equal("Unit test summary 1", payload.Issue.Summary);
    }

    [Theory]
    [InlineData("issuelink_created.json", JiraWebhookEventKind.IssueLinkCreated, 10656)]
    [InlineData("issuelink_deleted.json", JiraWebhookEventKind.IssueLinkDeleted, 10699)]
    public void Parse_ShouldReadIssueLinkDeliveries_WithNumericIdsAndWebhookPhraseNames(string file,
        JiraWebhookEventKind kind, long linkId)
    {
        var payload = Parse($"captured/jira-to-matrix/webhooks/{file}");

        Assert.Equal(kind, payload.Kind);
        Assert.Null(payload.Timestamp); // this capture's logger rewrote the epoch milliseconds as text
        var link = payload.IssueLink!;
        Assert.Equal((linkId, 11442L, 11961L, false), (link.Id, link.SourceIssueId, link.DestinationIssueId, link.SystemLink));
        Assert.Equal(new JiraWebhookIssueLinkType
        {
            Id = 10000,
            Name = "Blocks",
            OutwardName = "blocks",
            InwardName = "is blocked by",
        }, link.IssueLinkType);
    }

    [Fact]
    public void LinkDirection_ShouldAgree_BetweenTheLinkWebhookAndTheSourceIssue()
    {
        // The same site and link (10656): the webhook's source reads "source blocks destination", and GET on the
        // source shows the destination as its outwardIssue. Panorama reads both as "11442 blocks 11961".
        var hook = Parse("captured/jira-to-matrix/webhooks/issuelink_created.json").IssueLink!;
        var source = System.Text.Json.JsonSerializer.Deserialize(FixtureFiles.Read("captured/jira-to-matrix/rest/issue.v2.json"),
            Serialization.JiraJsonContext.Default.JiraIssue)!;

        var link = Assert.Single(source.IssueLinks);
        Assert.Equal(hook.SourceIssueId, source.NumericId);
        Assert.Equal(hook.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), link.Id);
        Assert.Equal(JiraLinkDirection.Outward, link.Direction);
        Assert.Equal(hook.DestinationIssueId.ToString(System.Globalization.CultureInfo.InvariantCulture), link.OtherIssueId);
        Assert.Equal(hook.IssueLinkType!.OutwardName, link.Verb);
    }

    [Fact]
    public void Parse_ShouldReadAProjectEvent_WithANumericProjectId()
    {
        var payload = JiraWebhookPayload.Parse(Encoding.UTF8.GetBytes("""
            {"timestamp":1596481635907,"webhookEvent":"project_created",
             "project":{"self":"https://x.atlassian.net/rest/api/2/project/10000","id":10000,"key":"ABC","name":"Alpha",
                        "projectLead":{"accountId":"5b10","displayName":"Lead"},"assigneeType":"UNASSIGNED"}}
            """));

        Assert.Equal(JiraWebhookEventKind.ProjectCreated, payload.Kind);
        Assert.Equal(("10000", "ABC", "Alpha"), (payload.Project!.Id, payload.Project.Key, payload.Project.Name));
        Assert.Equal(new JiraUserRef("5b10", "Lead"), payload.Project.ProjectLead);
    }

    [Fact]
    public void Parse_ShouldTolerateAnUnknownEventAndUnknownKeys()
    {
        var payload = JiraWebhookPayload.Parse(Encoding.UTF8.GetBytes("""
            {"timestamp":1700000000000,"webhookEvent":"sprint_started","sprint":{"id":5,"state":"active"},
             "matchedWebhookIds":[3,4],"somethingNew":{"nested":[1,2,{"x":null}]}}
            """));

        Assert.Equal(JiraWebhookEventKind.Other, payload.Kind);
        Assert.Equal("sprint_started", payload.WebhookEvent);
        Assert.Equal([3L, 4L], payload.MatchedWebhookIds);
        Assert.Null(payload.Issue);
    }
}
