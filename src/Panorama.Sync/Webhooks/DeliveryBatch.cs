using System.Globalization;
using System.Text;
using System.Text.Json;
using Panorama.Jira.Model;
using Panorama.Jira.Webhooks;
using Panorama.Sync.Store;

namespace Panorama.Sync.Webhooks;

/// <summary>
/// What a batch of claimed deliveries asks for, coalesced: the newest body per issue (a burst of edits to one issue is
/// written once), tombstones, link deletions, and issues to re-read because a payload did not say enough (link
/// created, a body without fields).
/// </summary>
internal sealed class DeliveryBatch
{
    public Dictionary<long, JiraIssue> Bodies { get; } = [];

    public Dictionary<long, Tombstone> Deleted { get; } = [];

    public HashSet<long> Reread { get; } = [];

    public List<long> DeletedLinks { get; } = [];

    /// <summary>Deliveries whose body cannot be read: they are set aside, never retried.</summary>
    public List<long> Unreadable { get; } = [];

    public static DeliveryBatch From(IEnumerable<ClaimedDelivery> deliveries)
    {
        var batch = new DeliveryBatch();
        foreach (var delivery in deliveries)
        {
            JiraWebhookPayload payload;
            try
            {
                payload = JiraWebhookPayload.Parse(Encoding.UTF8.GetBytes(delivery.Body));
            }
            catch (JsonException)
            {
                batch.Unreadable.Add(delivery.Id);
                continue;
            }

            batch.Add(payload);
        }

        foreach (var id in batch.Deleted.Keys)
        {
            batch.Bodies.Remove(id);
            batch.Reread.Remove(id);
        }

        return batch;
    }

    private void Add(JiraWebhookPayload payload)
    {
        switch (payload.Kind)
        {
            case JiraWebhookEventKind.IssueCreated or JiraWebhookEventKind.IssueUpdated when payload.Issue is { NumericId: { } id } issue:
                if (issue.Updated is not { } updated || issue.Fields.ValueKind != JsonValueKind.Object)
                {
                    Reread.Add(id);
                }
                else if (!Bodies.TryGetValue(id, out var known) || known.Updated < updated)
                {
                    Bodies[id] = issue;
                }

                break;
            case JiraWebhookEventKind.IssueDeleted when payload.Issue is { NumericId: { } id } issue:
                Deleted[id] = new Tombstone(id, issue.Key, issue.Project?.Key);
                break;
            case JiraWebhookEventKind.IssueLinkCreated when payload.IssueLink is { } link:
                // Link events carry ids only and no time: the two issues, re-read, say whether the link still exists.
                Reread.Add(link.SourceIssueId);
                Reread.Add(link.DestinationIssueId);
                break;
            case JiraWebhookEventKind.IssueLinkDeleted when payload.IssueLink is { } link:
                // Jira never reuses a link id, so a deletion is final whenever it arrives.
                DeletedLinks.Add(link.Id);
                break;
        }
    }

    public static long? IssueIdOf(JiraWebhookPayload payload) => payload.Kind switch
    {
        JiraWebhookEventKind.IssueLinkCreated or JiraWebhookEventKind.IssueLinkDeleted => payload.IssueLink?.SourceIssueId,
        _ => long.TryParse(payload.Issue?.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null,
    };
}
