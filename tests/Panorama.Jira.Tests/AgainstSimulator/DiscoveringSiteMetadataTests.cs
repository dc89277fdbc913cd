using Panorama.Jira.Model;
using Panorama.JiraSim;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>
/// "Refresh fields" (SPEC 3.2) against two simulated sites whose custom field ids differ: Panorama's fields are found by
/// schema, never by a fixed id; projects and link types are the site's own.
/// </summary>
public sealed class DiscoveringSiteMetadataTests(SimulatedSitesFixture sites) : IClassFixture<SimulatedSitesFixture>
{
    private const string DatePicker = "com.atlassian.jira.plugin.system.customfieldtypes:datepicker";
    private const string FloatField = "com.atlassian.jira.plugin.system.customfieldtypes:float";
    private const string SprintField = "com.pyxis.greenhopper.jira:gh-sprint";
    private const string TargetStartField = "com.atlassian.jpo:jpo-custom-field-baseline-start";
    private const string TargetEndField = "com.atlassian.jpo:jpo-custom-field-baseline-end";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fields_ShouldRevealEachSitesCustomFieldIds_WhenFoundBySchema()
    {
        var alpha = Discover(await sites.AlphaClient.GetFieldsAsync(Ct));
        var beta = Discover(await sites.BetaClient.GetFieldsAsync(Ct));

        Assert.Equal(Expected(sites.Alpha), alpha);
        Assert.Equal(Expected(sites.Beta), beta);
        Assert.NotEqual(alpha.StartDate, beta.StartDate);
        Assert.NotEqual(alpha.StoryPoints, beta.StoryPoints);
    }

    [Fact]
    public async Task Fields_ShouldDescribeDueDateAndStartDate_AsDateFields()
    {
        var fields = await sites.AlphaClient.GetFieldsAsync(Ct);

        var due = Assert.Single(fields, f => f.Id == "duedate");
        var start = Assert.Single(fields, f => f.Id == sites.Alpha.State.FieldIds.StartDate);
        Assert.Equal(("date", "duedate", false), (due.Schema?.Type, due.Schema?.System, due.Custom));
        Assert.Equal(("date", DatePicker, true, "Start date"), (start.Schema?.Type, start.Schema?.Custom, start.Custom, start.Name));
        Assert.Contains(fields, f => f.Id == "summary" && f.Navigable && f.Orderable);
    }

    [Fact]
    public async Task Projects_ShouldBeEveryProjectOfTheSite()
    {
        var projects = await sites.AlphaClient.SearchProjectsAsync(Ct);

        Assert.Equal(sites.Alpha.State.ProjectKeys.Order(), projects.Select(p => p.Key).Order());
        Assert.All(projects, p => Assert.False(string.IsNullOrEmpty(p.Id) || string.IsNullOrEmpty(p.Name), p.Key));
    }

    [Fact]
    public async Task LinkTypes_ShouldBeTheSitesOwn_WithTheirIdsAndPhrases()
    {
        var alpha = await sites.AlphaClient.GetIssueLinkTypesAsync(Ct);
        var beta = await sites.BetaClient.GetIssueLinkTypesAsync(Ct);

        Assert.Equal(sites.Alpha.State.LinkTypes.Select(t => (t.Id, t.Name, t.Inward, t.Outward)).Order(),
            alpha.Select(t => (t.Id!, t.Name!, t.Inward!, t.Outward!)).Order());
        var blocks = Assert.Single(alpha, t => t.Name == "Blocks");
        Assert.Equal(("blocks", "is blocked by"), (blocks.Outward, blocks.Inward));
        Assert.NotEqual(blocks.Id, Assert.Single(beta, t => t.Name == "Blocks").Id);
    }

    private static SiteFieldIds Expected(SimulatedSite site) => site.State.FieldIds with { Rank = "" };

    /// <summary>What the field-mapping feature does with <c>GET /field</c>: pick fields by schema type (and name).</summary>
    private static SiteFieldIds Discover(IReadOnlyList<JiraField> fields)
    {
        string ByCustomType(string custom, string? name = null) =>
            Assert.Single(fields, f => f.Schema?.Custom == custom && (name is null || f.Name == name)).Id;

        return new SiteFieldIds(
            ByCustomType(DatePicker, "Start date"),
            ByCustomType(FloatField, "Story Points"),
            ByCustomType(SprintField),
            ByCustomType(TargetStartField),
            ByCustomType(TargetEndField),
            Rank: "");
    }
}
