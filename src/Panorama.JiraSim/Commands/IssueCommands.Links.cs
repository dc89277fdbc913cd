using Panorama.JiraSim.State;
using Panorama.JiraSim.Webhooks;

namespace Panorama.JiraSim.Commands;

internal sealed partial class IssueCommands
{
    /// <summary>
    /// Links "<paramref name="sourceRef"/> &lt;outward&gt; <paramref name="destinationRef"/>" (e.g. source blocks
    /// destination). Creating a link that exists already succeeds without a change, as Jira's POST /issueLink does.
    /// Besides <c>issuelink_created</c>, both issues get a "Link" changelog item, a new <c>updated</c> and an
    /// <c>jira:issue_updated</c> (Secondary flow), which is what Jira's issue history shows for a new link.
    /// </summary>
    public CommandResult Link(string typeRef, string sourceRef, string destinationRef, string actor) =>
        Run(deliveries =>
        {
            var type = Catalog.LinkType(typeRef);
            if (type is null)
            {
                return CommandResult.NotFound($"No issue link type with name '{typeRef}' found.");
            }

            var source = State.Find(sourceRef);
            var destination = State.Find(destinationRef);
            if (source is null || destination is null)
            {
                return CommandResult.NotFound();
            }

            if (source == destination)
            {
                return CommandResult.BadRequest(ErrorCollection.Message("You cannot link an issue to itself."));
            }

            var existing = source.Links.FirstOrDefault(l => l.Type == type && l.SourceId == source.Id && l.DestinationId == destination.Id);
            if (existing is not null)
            {
                return new CommandResult(201, Value: existing);
            }

            var link = new SimLink(State.NextLinkId++, type, source.Id, destination.Id);
            State.AddLink(link);
            site.Publisher.Collect(new LinkEvent(WebhookEvents.LinkCreated, link), deliveries);
            RecordUpdate(source, [new("Link", "jira", "issuelinks", null, null, destination.Key, $"This issue {type.Outward} {destination.Key}")], actor, deliveries, secondary: true);
            RecordUpdate(destination, [new("Link", "jira", "issuelinks", null, null, source.Key, $"This issue {type.Inward} {source.Key}")], actor, deliveries, secondary: true);
            return new CommandResult(201, Value: link);
        });

    public CommandResult Unlink(long linkId, string actor) =>
        Run(deliveries =>
        {
            if (!State.Links.TryGetValue(linkId, out var link))
            {
                return CommandResult.NotFound($"No issue link with id '{linkId}' exists.");
            }

            RemoveLink(link, actor, deliveries, secondary: false, skipIssueId: null);
            return new CommandResult(204);
        });

    private void RemoveLink(SimLink link, string actor, List<WebhookDelivery> deliveries, bool secondary, long? skipIssueId)
    {
        site.Publisher.Collect(new LinkEvent(WebhookEvents.LinkDeleted, link, secondary), deliveries);
        State.RemoveLink(link);
        var source = State.IssuesById.GetValueOrDefault(link.SourceId);
        var destination = State.IssuesById.GetValueOrDefault(link.DestinationId);
        if (source is not null && destination is not null)
        {
            if (source.Id != skipIssueId)
            {
                RecordUpdate(source, [new("Link", "jira", "issuelinks", destination.Key, $"This issue {link.Type.Outward} {destination.Key}", null, null)], actor, deliveries, secondary: true);
            }

            if (destination.Id != skipIssueId)
            {
                RecordUpdate(destination, [new("Link", "jira", "issuelinks", source.Key, $"This issue {link.Type.Inward} {source.Key}", null, null)], actor, deliveries, secondary: true);
            }
        }
    }
}
