using Microsoft.Extensions.Options;
using Panorama.Core.Connections;
using Panorama.Core.Scope;
using Panorama.Data.Connections;
using Panorama.Jira.Client;
using Panorama.Jira.Errors;
using Panorama.Jira.Model;
using Panorama.Sync.Connections.Checks;

namespace Panorama.Sync.Connections.Screens;

/// <summary>
/// Rule 12: for each project and issue type in scope, reads the <c>editmeta</c> of one representative issue (the
/// most recently updated issue of that project and type) and names the two-way mapped fields Jira would refuse to
/// write. Jira's screens are configured per project and issue type (screen scheme, issue type screen scheme), which
/// one issue of each pair shows; a field hidden only in some workflow statuses is not seen (API notes 3.2, item 6 of 9).
/// </summary>
public sealed class ConnectionScreenCheck(
    ConnectionStore store,
    ConnectionScopes scopes,
    IJiraClientFactory clients,
    IOptions<ConnectionOptions> options)
{
    private static readonly string[] SampleFields = ["project", "issuetype"];

    /// <summary>Checks the projects in scope, or <paramref name="projectKeys"/> when given; null when the connection is gone.</summary>
    public async Task<ScreenCheckReport?> RunAsync(Guid connectionId, IReadOnlyCollection<string>? projectKeys,
        CancellationToken cancellationToken)
    {
        var connection = await store.FindAsync(connectionId, cancellationToken);
        if (connection is null)
        {
            return null;
        }

        var (jql, projects) = await WhatToCheckAsync(connectionId, projectKeys, cancellationToken);
        if (jql is null)
        {
            return new ScreenCheckReport([], [], [], [
                "No box has this site in scope, so there is nothing to check. Add it to a box's scope, or name projects with ?projects=KEY1,KEY2.",
            ]);
        }

        var client = clients.Create(connection.ToJiraSite());
        var notes = new List<string>();
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(options.Value.CheckTimeout * 3);
            var samples = await SamplesAsync(client, jql, limit.Token);
            var screens = new List<EditScreen>();
            foreach (var sample in samples)
            {
                var meta = await client.GetEditMetaAsync(sample.IssueKey, limit.Token);
                screens.Add(new EditScreen(sample.ProjectKey, sample.IssueTypeName, Editable(meta)));
            }

            var sampled = samples.Select(s => s.ProjectKey).ToHashSet(StringComparer.Ordinal);
            var empty = projects.Where(p => !sampled.Contains(p)).ToList();
            if (empty.Count > 0)
            {
                notes.Add($"No issues found in {string.Join(", ", empty)}: their screens are checked once they have issues.");
            }

            var findings = ScreenCheck.Run(connection.ReadFieldMapping(), connection.Name, connection.ReadFields(), screens);
            return new ScreenCheckReport(projects, samples, findings, notes);
        }
        catch (JiraException ex)
        {
            return new ScreenCheckReport(projects, [], [], notes, CheckMessages.Failure(connection.Name, new Uri(connection.BaseUrl), ex));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ScreenCheckReport(projects, [], [], notes,
                CheckMessages.TimedOut(connection.Name, new Uri(connection.BaseUrl), options.Value.CheckTimeout * 3));
        }
    }

    /// <summary>
    /// The fields <c>PUT /issue</c> can set. Jira edits both estimates through the <c>timetracking</c> field
    /// (<c>originalEstimate</c>, <c>remainingEstimate</c>): <c>editmeta</c> lists that, never <c>timeoriginalestimate</c>
    /// or <c>timeestimate</c>, so those count as on screen when time tracking is.
    /// </summary>
    private static HashSet<string> Editable(JiraEditMeta meta)
    {
        var editable = meta.Fields.Keys.Where(meta.CanSet).ToHashSet(StringComparer.Ordinal);
        if (editable.Contains("timetracking"))
        {
            editable.Add(JiraFieldSchemas.OriginalEstimate);
            editable.Add(JiraFieldSchemas.RemainingEstimate);
        }

        return editable;
    }

    private async Task<(string? Jql, IReadOnlyList<string> Projects)> WhatToCheckAsync(Guid connectionId,
        IReadOnlyCollection<string>? projectKeys, CancellationToken cancellationToken)
    {
        var given = (projectKeys ?? []).Select(k => k.Trim().ToUpperInvariant()).Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (given.Count > 0)
        {
            return (Jql.ProjectIn(given), given);
        }

        var integrations = await scopes.IntegrationsAsync(connectionId, cancellationToken);
        if (integrations.Count == 0)
        {
            return (null, []);
        }

        var union = string.Join(" OR ", integrations.Select(i => Jql.Group(i.ToJql())));
        var projects = integrations.SelectMany(i => i.ProjectKeys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (union, projects);
    }

    /// <summary>The newest issue of each (project, issue type) among the most recently updated issues in scope.</summary>
    private async Task<IReadOnlyList<ScreenCheckSample>> SamplesAsync(IJiraClient client, string jql, CancellationToken cancellationToken)
    {
        var samples = new Dictionary<(string, string), ScreenCheckSample>();
        var seen = 0;
        var request = new JiraSearchRequest($"{jql} ORDER BY updated DESC") { Fields = SampleFields, MaxResults = 100 };
        await foreach (var issue in client.SearchAsync(request, cancellationToken))
        {
            if (issue.Project?.Key is { } project && issue.IssueType?.Name is { } type && issue.Key is { } key)
            {
                samples.TryAdd((project, type), new ScreenCheckSample(project, type, key));
            }

            if (++seen >= options.Value.ScreenCheckSampleSize)
            {
                break;
            }
        }

        return [.. samples.Values.OrderBy(s => s.ProjectKey, StringComparer.Ordinal).ThenBy(s => s.IssueTypeName, StringComparer.Ordinal)];
    }
}
