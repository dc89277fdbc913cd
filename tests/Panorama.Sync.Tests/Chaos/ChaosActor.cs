using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.WriteBack;
using Panorama.JiraSim;
using Panorama.Sync.Tests.Support;

namespace Panorama.Sync.Tests.Chaos;

/// <summary>
/// Random edits from both sides, drawn from one seeded <see cref="Random"/>: people in Jira create, edit (dates,
/// status, parent, summary), delete and link issues; Panorama users move dates and add or remove dependencies. A step
/// that the site refuses (the issue was just deleted, a parent of the wrong level...) is counted and skipped.
/// </summary>
internal sealed class ChaosActor(SyncedSites sites, Random random)
{
    private static readonly DateOnly Base = new(2026, 6, 1);
    private HttpClient? _api;

    public int JiraSteps { get; private set; }

    public int PanoramaSteps { get; private set; }

    public int Refused { get; private set; }

    /// <summary>Forgets the API client of a node that was stopped.</summary>
    public void Reconnect()
    {
        _api?.Dispose();
        _api = null;
    }

    public async Task StepAsync(CancellationToken cancellationToken)
    {
        var site = sites.Sites[random.Next(sites.Sites.Count)];
        try
        {
            if (random.NextDouble() < 0.3)
            {
                await PanoramaStepAsync(site, cancellationToken);
                PanoramaSteps++;
            }
            else
            {
                await JiraStepAsync(site, cancellationToken);
                JiraSteps++;
            }
        }
        catch (SimRefusedException)
        {
            Refused++;
        }
    }

    private async Task JiraStepAsync(ConnectedSite site, CancellationToken cancellationToken)
    {
        using var jira = new SimControl(site.Sim);
        var issues = site.Sim.State.Issues();
        var issue = issues[random.Next(issues.Count)];
        var roll = random.NextDouble();
        if (roll < 0.25)
        {
            await jira.EditAsync(issue.Key, new JsonObject { [site.Sim.State.FieldIds.StartDate] = Day(0), ["duedate"] = Day(20) }, cancellationToken);
        }
        else if (roll < 0.40)
        {
            var status = site.Sim.State.Statuses[random.Next(site.Sim.State.Statuses.Count)];
            await jira.EditAsync(issue.Key, new JsonObject { ["status"] = new JsonObject { ["name"] = status.Name } }, cancellationToken);
        }
        else if (roll < 0.50)
        {
            var epics = issues.Where(i => i.IssueType == "Epic").ToList();
            var child = issues.Where(i => i.IssueType is "Task" or "Story" or "Bug").ToList();
            if (epics.Count > 0 && child.Count > 0)
            {
                var parent = random.NextDouble() < 0.8 ? new JsonObject { ["key"] = epics[random.Next(epics.Count)].Key } : null;
                await jira.EditAsync(child[random.Next(child.Count)].Key, new JsonObject { ["parent"] = parent }, cancellationToken);
            }
        }
        else if (roll < 0.55)
        {
            await jira.EditAsync(issue.Key, new JsonObject { ["summary"] = $"Chaos {random.Next(100_000)}" }, cancellationToken);
        }
        else if (roll < 0.67)
        {
            await jira.CreateAsync(issue.ProjectKey, random.NextDouble() < 0.5 ? "Task" : "Bug", $"Created by chaos {random.Next(100_000)}", cancellationToken);
        }
        else if (roll < 0.75)
        {
            var deletable = issues.Where(i => i.IssueType is "Task" or "Bug" or "Sub-task").ToList();
            await jira.DeleteAsync(deletable[random.Next(deletable.Count)].Key, cancellationToken);
        }
        else if (roll < 0.90)
        {
            var other = issues[random.Next(issues.Count)];
            if (other.Key != issue.Key)
            {
                await jira.LinkAsync(random.NextDouble() < 0.8 ? "Blocks" : "Relates", issue.Key, other.Key, cancellationToken);
            }
        }
        else
        {
            var links = site.Sim.State.Links();
            if (links.Count > 0)
            {
                await jira.UnlinkAsync(links[random.Next(links.Count)].Id, cancellationToken);
            }
        }
    }

    private async Task PanoramaStepAsync(ConnectedSite site, CancellationToken cancellationToken)
    {
        var issues = site.Sim.State.Issues();
        var issue = issues[random.Next(issues.Count)];
        var roll = random.NextDouble();
        if (roll < 0.6)
        {
            _api ??= await sites.App.CreateAdminClientAsync(cancellationToken);
            using var response = await _api.PatchAsJsonAsync($"/api/tasks/{site.ConnectionId}/{issue.Id}",
                new Dictionary<string, string> { ["startDate"] = Day(0), ["endDate"] = Day(25) }, cancellationToken);
            Refused += response.IsSuccessStatusCode ? 0 : 1;
            return;
        }

        var queue = sites.Service<IWriteBackQueue>();
        var actor = new WriteBackActor(null, "chaos");
        WriteBackOperation operation;
        if (roll < 0.85)
        {
            var other = issues[random.Next(issues.Count)];
            operation = new CreateIssueLink(site.ConnectionId, site.BlocksTypeId, Id(issue), Id(other));
        }
        else
        {
            await using var db = await sites.DbAsync(cancellationToken);
            var links = await db.TaskLinks.Where(l => l.ConnectionId == site.ConnectionId && l.LinkTypeId == site.BlocksTypeId)
                .Select(l => l.LinkId).ToListAsync(cancellationToken);
            if (links.Count == 0)
            {
                return;
            }

            operation = new DeleteIssueLink(site.ConnectionId, links[random.Next(links.Count)]);
        }

        var outcome = await queue.EnqueueAsync(new WriteBackRequest([operation], "chaos"), actor, cancellationToken);
        Refused += outcome.IsOk ? 0 : 1;
    }

    private string Day(int offset) => Base.AddDays(random.Next(0, 200) + offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static long Id(IssueSnapshot issue) => long.Parse(issue.Id, CultureInfo.InvariantCulture);
}
