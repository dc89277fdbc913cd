using System.Buffers;
using System.Text.Json;
using Panorama.JiraSim.Model;
using Panorama.JiraSim.Rendering;

namespace Panorama.JiraSim.Webhooks;

/// <summary>
/// Webhook bodies in Jira Cloud's shape: the issue in its REST v2 representation (plain-text description, <c>self</c>
/// under <c>/rest/api/2</c>), the acting user, the changelog items of an update, and for links numeric ids only with
/// <c>outwardName</c>/<c>inwardName</c>.
/// </summary>
internal sealed class WebhookPayloads(SiteCatalog catalog, IssueWriter v2)
{
    public byte[] Issue(IssueEvent e, DateTimeOffset now)
    {
        var deleted = e.Name == WebhookEvents.IssueDeleted;
        return Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("timestamp", now.ToUnixTimeMilliseconds());
            w.WriteString("webhookEvent", e.Name);
            if (e.TypeName is not null)
            {
                w.WriteString("issue_event_type_name", e.TypeName);
            }

            w.WritePropertyName("user");
            v2.Entities.User(w, catalog.Users.ByAccountId(e.ActorAccountId));
            w.WritePropertyName("issue");
            v2.Write(w, e.Issue, Mask(deleted));
            if (e.Changelog is { } changelog)
            {
                w.WriteStartObject("changelog");
                w.WriteString("id", changelog.Id.ToString());
                w.WriteStartArray("items");
                foreach (var item in changelog.Items)
                {
                    IssueWriter.WriteChangeItem(w, item, omitNulls: false);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndObject();
        });
    }

    public static byte[] Link(LinkEvent e, DateTimeOffset now) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("timestamp", now.ToUnixTimeMilliseconds());
        w.WriteString("webhookEvent", e.Name);
        w.WriteStartObject("issueLink");
        w.WriteNumber("id", e.Link.Id);
        w.WriteNumber("sourceIssueId", e.Link.SourceId);
        w.WriteNumber("destinationIssueId", e.Link.DestinationId);
        w.WriteStartObject("issueLinkType");
        w.WriteNumber("id", e.Link.Type.Id);
        w.WriteString("name", e.Link.Type.Name);
        w.WriteString("outwardName", e.Link.Type.Outward);
        w.WriteString("inwardName", e.Link.Type.Inward);
        w.WriteBoolean("isSubTaskLinkType", false);
        w.WriteBoolean("isSystemLinkType", false);
        w.WriteEndObject();
        w.WriteBoolean("systemLink", false);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary>Every field; the comment and worklog pages only on deletion, as in Jira's captured deliveries.</summary>
    private FieldMask Mask(bool deleted)
    {
        ulong bits = 0;
        foreach (var field in catalog.Fields)
        {
            if (deleted || field.Kind is not (FieldKind.Comment or FieldKind.Worklog))
            {
                bits |= 1UL << field.Index;
            }
        }

        return new FieldMask(bits, false);
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, JiraJson.WriterOptions))
        {
            body(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
