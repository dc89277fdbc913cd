namespace Panorama.Sync.Store;

public sealed partial class TaskStore
{
    /// <summary>
    /// The issue body's <c>issuelinks</c> is the truth for the links touching that issue: links it no longer shows are
    /// deleted, new or changed ones written. A link whose two issues disagree (bodies of different moments) is kept
    /// while either shows it; the later body settles it. Both issues of a changed link get the new change version, so a
    /// snapshot that reloads changed tasks also reloads their links.
    /// </summary>
    private static async Task ReplaceLinksAsync(Session session, Dictionary<long, IReadOnlyList<LinkRow>> sets,
        HashSet<long> tombstoned, IReadOnlyList<long> deletedLinks, CancellationToken cancellationToken)
    {
        var touched = new HashSet<long>();
        var affected = sets.Keys.Concat(tombstoned).ToHashSet();
        if (affected.Count > 0)
        {
            var existing = await ReadLinksAsync(session, affected, cancellationToken);
            var desired = new Dictionary<long, LinkRow>();
            foreach (var link in sets.Values.SelectMany(s => s))
            {
                if (!tombstoned.Contains(link.SourceIssueId) && !tombstoned.Contains(link.DestinationIssueId))
                {
                    desired[link.LinkId] = link;
                }
            }

            var deletions = existing.Values.Where(l => !desired.ContainsKey(l.LinkId) && Disowned(l, sets, tombstoned)).ToList();
            var writes = desired.Values.Where(l => !existing.TryGetValue(l.LinkId, out var old) || old != l).ToList();
            await DeleteLinksAsync(session, deletions.Select(l => l.LinkId), touched, cancellationToken);
            await UpsertLinksAsync(session, writes, cancellationToken);
            foreach (var link in writes)
            {
                touched.Add(link.SourceIssueId);
                touched.Add(link.DestinationIssueId);
            }
        }

        await DeleteLinksAsync(session, deletedLinks, touched, cancellationToken);
        await BumpAsync(session, touched, cancellationToken);
    }

    /// <summary>True when some issue whose body was applied no longer shows the link (or the issue is deleted).</summary>
    private static bool Disowned(LinkRow link, Dictionary<long, IReadOnlyList<LinkRow>> sets, HashSet<long> tombstoned) =>
        tombstoned.Contains(link.SourceIssueId) || tombstoned.Contains(link.DestinationIssueId)
        || (sets.TryGetValue(link.SourceIssueId, out var source) && !source.Any(l => l.LinkId == link.LinkId)
            && !(sets.TryGetValue(link.DestinationIssueId, out var keeps) && keeps.Any(l => l.LinkId == link.LinkId)))
        || (sets.TryGetValue(link.DestinationIssueId, out var destination) && !destination.Any(l => l.LinkId == link.LinkId)
            && !(sets.TryGetValue(link.SourceIssueId, out var kept) && kept.Any(l => l.LinkId == link.LinkId)));

    private static async Task<Dictionary<long, LinkRow>> ReadLinksAsync(Session session, HashSet<long> issues, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, LinkRow>();
        foreach (var chunk in issues.Chunk(5000))
        {
            await using var command = session.Command("");
            var sources = session.Dialect.InIds(command, "\"SourceIssueId\"", chunk, "s");
            var destinations = session.Dialect.InIds(command, "\"DestinationIssueId\"", chunk, "d");
            // Two index lookups joined by UNION ALL (a link between two of the ids comes twice; the dictionary keeps
            // one). With OR, SQLite walked all of the connection's links; with UNION it deduplicated through a
            // temporary b-tree. Either made reading an import batch's links 20-50 times slower (8 of 32 s in sync-import).
            const string Columns = "SELECT \"LinkId\", \"LinkTypeId\", \"SourceIssueId\", \"DestinationIssueId\" FROM task_links WHERE \"ConnectionId\" = @c AND ";
            command.CommandText = $"{Columns}{sources} UNION ALL {Columns}{destinations}";
            SqlDialect.Add(command, "c", session.Dialect.Guid(session.ConnectionId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var link = new LinkRow(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3));
                result[link.LinkId] = link;
            }
        }

        return result;
    }

    private static async Task DeleteLinksAsync(Session session, IEnumerable<long> linkIds, HashSet<long> touched, CancellationToken cancellationToken)
    {
        foreach (var chunk in linkIds.Distinct().Chunk(5000))
        {
            await using var command = session.Command("");
            var filter = session.Dialect.InIds(command, "\"LinkId\"", chunk, "ids");
            command.CommandText = $"DELETE FROM task_links WHERE \"ConnectionId\" = @c AND {filter} RETURNING \"SourceIssueId\", \"DestinationIssueId\"";
            SqlDialect.Add(command, "c", session.Dialect.Guid(session.ConnectionId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                touched.Add(reader.GetInt64(0));
                touched.Add(reader.GetInt64(1));
            }
        }
    }

    private static async Task UpsertLinksAsync(Session session, List<LinkRow> links, CancellationToken cancellationToken)
    {
        if (links.Count == 0)
        {
            return;
        }

        if (!session.Dialect.IsPostgres)
        {
            await UpsertLinksOneByOneAsync(session, links, cancellationToken);
            return;
        }

        foreach (var chunk in links.Chunk(RowsPerStatement))
        {
            await using var command = session.Command(UpsertLinkSql(chunk.Length));
            var index = 0;
            foreach (var link in chunk)
            {
                SqlDialect.Add(command, "p" + index++, link.LinkId);
                SqlDialect.Add(command, "p" + index++, link.LinkTypeId);
                SqlDialect.Add(command, "p" + index++, link.SourceIssueId);
                SqlDialect.Add(command, "p" + index++, link.DestinationIssueId);
            }

            SqlDialect.Add(command, "c", session.Dialect.Guid(session.ConnectionId));
            SqlDialect.Add(command, "v", session.Version);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>SQLite: one prepared single-row statement run per link, for the reason UpsertOneByOneAsync gives.</summary>
    private static async Task UpsertLinksOneByOneAsync(Session session, List<LinkRow> links, CancellationToken cancellationToken)
    {
        await using var command = session.Command(UpsertLinkSql(1));
        var parameters = Enumerable.Range(0, 4).Select(i => SqlDialect.Add(command, "p" + i, null)).ToArray();
        SqlDialect.Add(command, "c", session.Dialect.Guid(session.ConnectionId));
        SqlDialect.Add(command, "v", session.Version);
        await command.PrepareAsync(cancellationToken);
        foreach (var link in links)
        {
            parameters[0].Value = link.LinkId;
            parameters[1].Value = link.LinkTypeId;
            parameters[2].Value = link.SourceIssueId;
            parameters[3].Value = link.DestinationIssueId;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string UpsertLinkSql(int rows) =>
        "INSERT INTO task_links (\"ConnectionId\", \"LinkId\", \"LinkTypeId\", \"SourceIssueId\", \"DestinationIssueId\", \"ChangeVersion\") " +
        $"VALUES {string.Join(", ", Enumerable.Range(0, rows).Select(r => $"(@c, @p{4 * r}, @p{(4 * r) + 1}, @p{(4 * r) + 2}, @p{(4 * r) + 3}, @v)"))} " +
        "ON CONFLICT (\"ConnectionId\", \"LinkId\") DO UPDATE SET " +
        "\"LinkTypeId\" = excluded.\"LinkTypeId\", \"SourceIssueId\" = excluded.\"SourceIssueId\", " +
        "\"DestinationIssueId\" = excluded.\"DestinationIssueId\", \"ChangeVersion\" = excluded.\"ChangeVersion\"";

    /// <summary>Gives tasks the write's change version (their links changed) and records them as changed.</summary>
    private static async Task BumpAsync(Session session, IEnumerable<long> issueIds, CancellationToken cancellationToken)
    {
        // A task this write already stored has the version: updating it again would rewrite its whole row (an import
        // writes most tasks and their links in the same batch, and SQLite rewrites a row's every page on UPDATE).
        foreach (var chunk in issueIds.Distinct().Where(id => !session.Changed.Contains(id)).Chunk(5000))
        {
            await using var command = session.Command("");
            var filter = session.Dialect.InIds(command, "\"IssueId\"", chunk, "ids");
            command.CommandText = $"UPDATE tasks SET \"ChangeVersion\" = @v WHERE \"ConnectionId\" = @c AND {filter} RETURNING \"IssueId\"";
            SqlDialect.Add(command, "c", session.Dialect.Guid(session.ConnectionId));
            SqlDialect.Add(command, "v", session.Version);
            await session.CollectAsync(command, cancellationToken);
        }
    }
}
