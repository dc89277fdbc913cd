using Panorama.Jira.Errors;
using Panorama.Jira.Model;
using Panorama.JiraSim;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>
/// Synced dependencies (SPEC 3.3) against a simulated site: <c>CreateIssueLinkAsync(Blocks, inwardIssue: A,
/// outwardIssue: B)</c> makes "A blocks B", which A shows as <c>outwardIssue: B</c> and B as <c>inwardIssue: A</c>;
/// the link can be read by id and deleted.
/// </summary>
public sealed class LinkingIssuesTests(SimulatedSitesFixture sites) : IClassFixture<SimulatedSitesFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SimulatedSite Alpha => sites.Alpha;

    [Fact]
    public async Task CreatingABlocksLink_ShouldReadAsInwardBlocksOutward_OnBothIssues()
    {
        var (a, b) = UnlinkedPair(0);
        var blocks = await BlocksAsync();

        await sites.AlphaClient.CreateIssueLinkAsync(blocks.Id!, inwardIssue: a.Key, outwardIssue: b.Key, Ct);
        var onA = LinkTo(await sites.AlphaClient.GetIssueAsync(a.Key, ["issuelinks"], cancellationToken: Ct), b);
        var onB = LinkTo(await sites.AlphaClient.GetIssueAsync(b.Key, ["issuelinks"], cancellationToken: Ct), a);

        Assert.Equal((JiraLinkDirection.Outward, "blocks", blocks.Id, b.Id), (onA.Direction, onA.Verb, onA.TypeId, onA.OtherIssueId));
        Assert.Equal((JiraLinkDirection.Inward, "is blocked by", blocks.Id, a.Id), (onB.Direction, onB.Verb, onB.TypeId, onB.OtherIssueId));
        Assert.Equal(onA.Id, onB.Id);
        var truth = Assert.Single(Alpha.State.Links(), l => l.Id == onA.Id);
        Assert.Equal(("Blocks", a.Key, b.Key), (truth.TypeName, truth.SourceKey, truth.DestinationKey));
    }

    [Fact]
    public async Task GetIssueLink_ShouldShowTheSameTwoSides_ThatWereCreated_ByIssueIds()
    {
        var (a, b) = UnlinkedPair(1);
        var blocks = await BlocksAsync();
        await sites.AlphaClient.CreateIssueLinkAsync(blocks.Id!, inwardIssue: a.Id, outwardIssue: b.Id, Ct);
        var linkId = LinkTo(await sites.AlphaClient.GetIssueAsync(a.Key, ["issuelinks"], cancellationToken: Ct), b).Id!;

        var link = await sites.AlphaClient.GetIssueLinkAsync(linkId, Ct);

        Assert.Equal((linkId, blocks.Id, a.Key, b.Key), (link.Id, link.Type?.Id, link.InwardIssue?.Key, link.OutwardIssue?.Key));
        Assert.Equal((a.Id, b.Id), (link.InwardIssue?.Id, link.OutwardIssue?.Id));
    }

    [Fact]
    public async Task DeletingALink_ShouldRemoveItFromBothIssues_AndFromJira()
    {
        var (a, b) = UnlinkedPair(2);
        var blocks = await BlocksAsync();
        await sites.AlphaClient.CreateIssueLinkAsync(blocks.Id!, inwardIssue: a.Key, outwardIssue: b.Key, Ct);
        var linkId = LinkTo(await sites.AlphaClient.GetIssueAsync(a.Key, ["issuelinks"], cancellationToken: Ct), b).Id!;

        await sites.AlphaClient.DeleteIssueLinkAsync(linkId, Ct);

        var error = await Assert.ThrowsAsync<JiraException>(() => sites.AlphaClient.GetIssueLinkAsync(linkId, Ct));
        Assert.Equal((JiraErrorKind.NotFound, 404), (error.Kind, error.StatusCode));
        var issues = await sites.AlphaClient.BulkFetchAsync([a.Key, b.Key], ["issuelinks"], Ct);
        Assert.All(issues.Issues, i => Assert.DoesNotContain(i.IssueLinks, l => l.Id == linkId));
        Assert.DoesNotContain(Alpha.State.Links(), l => l.Id == linkId);
    }

    private async Task<JiraIssueLinkType> BlocksAsync() =>
        Assert.Single(await sites.AlphaClient.GetIssueLinkTypesAsync(Ct), t => t.Name == "Blocks");

    private static JiraIssueLink LinkTo(JiraIssue holder, IssueSnapshot other) =>
        Assert.Single(holder.IssueLinks, l => l.OtherIssueKey == other.Key && l.TypeName == "Blocks");

    /// <summary>Two issues of one project with no link between them; <paramref name="index"/> picks a different pair.</summary>
    private (IssueSnapshot A, IssueSnapshot B) UnlinkedPair(int index)
    {
        var linked = Alpha.State.Links().SelectMany(l => new[] { l.SourceKey, l.DestinationKey }).ToHashSet();
        var free = Alpha.State.Issues().Where(i => !linked.Contains(i.Key)).GroupBy(i => i.ProjectKey).First(g => g.Count() >= 6).ToList();
        return (free[index * 2], free[(index * 2) + 1]);
    }
}
