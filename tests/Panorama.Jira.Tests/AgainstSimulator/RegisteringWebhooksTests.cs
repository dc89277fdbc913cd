using Panorama.Jira.Errors;
using Panorama.Jira.Webhooks;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>
/// Admin webhooks (SPEC rule 4) against a simulated site: Panorama registers, lists, updates and deletes them with the
/// technical user; the secret is never returned, only <c>isSigned</c>, and an update without it keeps it.
/// </summary>
public sealed class RegisteringWebhooksTests(SimulatedSitesFixture sites) : IClassFixture<SimulatedSitesFixture>
{
    private static readonly string[] IssueEvents = ["jira:issue_created", "jira:issue_updated", "jira:issue_deleted"];
    private static readonly string[] AllEvents = [.. IssueEvents, "issuelink_created", "issuelink_deleted"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreatingAWebhook_ShouldRegisterItSigned_AndListIt()
    {
        var registration = Registration("create", AllEvents);

        var created = await sites.AlphaClient.CreateWebhookAsync(registration, Ct);
        var listed = await sites.AlphaClient.GetWebhooksAsync(Ct);

        Assert.NotNull(created.Id);
        Assert.Equal((registration.Name, registration.Url, registration.JqlFilter, true, true),
            (created.Name, created.Url, created.JqlFilter, created.IsSigned, created.Enabled));
        Assert.Equal(AllEvents, created.Events);
        var same = Assert.Single(listed, w => w.Id == created.Id);
        Assert.Equal((created.Url, created.JqlFilter, created.Events.Count), (same.Url, same.JqlFilter, same.Events.Count));
    }

    [Fact]
    public async Task UpdatingAWebhook_ShouldChangeItsUrlEventsAndFilter_AndKeepTheSecret_WhenNoneIsSent()
    {
        var created = await sites.AlphaClient.CreateWebhookAsync(Registration("update", AllEvents), Ct);
        var project = sites.Alpha.State.ProjectKeys[1];
        var change = new JiraWebhookRegistration("panorama-update", "https://panorama.example/webhooks/jira/moved", IssueEvents)
        {
            JqlFilter = $"project = {project}",
        };

        var updated = await sites.AlphaClient.UpdateWebhookAsync(created.Id!.Value, change, Ct);
        var read = await sites.AlphaClient.GetWebhookAsync(created.Id.Value, Ct);

        Assert.Equal((created.Id, change.Url, change.JqlFilter, true), (updated.Id, updated.Url, updated.JqlFilter, updated.IsSigned));
        Assert.Equal((change.Url, change.JqlFilter, true), (read.Url, read.JqlFilter, read.IsSigned));
        Assert.Equal(IssueEvents, read.Events);
    }

    [Fact]
    public async Task DeletingAWebhook_ShouldRemoveIt_SoReadingItIsNotFound()
    {
        var created = await sites.AlphaClient.CreateWebhookAsync(Registration("delete", IssueEvents), Ct);

        await sites.AlphaClient.DeleteWebhookAsync(created.Id!.Value, Ct);

        Assert.DoesNotContain(await sites.AlphaClient.GetWebhooksAsync(Ct), w => w.Id == created.Id);
        var error = await Assert.ThrowsAsync<JiraException>(() => sites.AlphaClient.GetWebhookAsync(created.Id.Value, Ct));
        Assert.Equal((JiraErrorKind.NotFound, 404), (error.Kind, error.StatusCode));
    }

    private JiraWebhookRegistration Registration(string name, IReadOnlyList<string> events) =>
        new($"panorama-{name}", $"https://panorama.example/webhooks/jira/{Guid.NewGuid()}", events)
        {
            JqlFilter = $"project in ({string.Join(", ", sites.Alpha.State.ProjectKeys)})",
            Secret = "per-connection-secret-6c1f",
        };
}
