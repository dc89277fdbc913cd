using System.Buffers;
using System.Text.Json;
using Panorama.JiraSim.Model;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Rendering;

/// <summary>
/// Writes issues as Jira Cloud does: REST v3 (ADF description, cached per field mask) or webhook v2 (plain description).
/// Callers hold the site's read or write lock, since issues show their neighbours (parent, sub-tasks, links).
/// </summary>
internal sealed partial class IssueWriter(SiteCatalog catalog, SiteState state, EntityWriter entities, bool v3)
{
    public const string ExpandList = "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations";

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _threadBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _threadWriter;

    public EntityWriter Entities => entities;

    public SiteCatalog Catalog => catalog;

    /// <param name="namesInBean">GET issue puts <c>names</c>/<c>schema</c> in the issue; searches put them on the page.</param>
    public void Write(Utf8JsonWriter w, SimIssue issue, FieldMask mask, IssueExpand expand = IssueExpand.None, bool namesInBean = false)
    {
        if (mask.IdOnly)
        {
            w.WriteStartObject();
            w.WriteString("id", issue.Id.ToString());
            w.WriteEndObject();
            return;
        }

        if (!v3 || expand.IsPerIssue() || (namesInBean && (expand & (IssueExpand.Names | IssueExpand.Schema)) != 0))
        {
            WriteBean(w, issue, mask, expand, namesInBean);
            return;
        }

        if (issue.Renders.Get(mask.CacheKey) is { } json)
        {
            w.WriteRawValue(json, skipInputValidation: true);
            return;
        }

        var rendered = Render(issue, mask);
        issue.Renders.Add(mask.CacheKey, rendered);
        w.WriteRawValue(rendered, skipInputValidation: true);
    }

    /// <summary>The issue's JSON in this thread's buffer: valid until the thread renders again.</summary>
    private ReadOnlySpan<byte> Render(SimIssue issue, FieldMask mask)
    {
        var buffer = _threadBuffer ??= new ArrayBufferWriter<byte>(8192);
        buffer.ResetWrittenCount();
        var writer = _threadWriter ??= new Utf8JsonWriter(buffer, JiraJson.WriterOptions);
        writer.Reset(buffer);
        WriteBean(writer, issue, mask, IssueExpand.None, namesInBean: false);
        writer.Flush();
        return buffer.WrittenSpan;
    }

    private void WriteBean(Utf8JsonWriter w, SimIssue issue, FieldMask mask, IssueExpand expand, bool namesInBean)
    {
        w.WriteStartObject();
        if (v3)
        {
            w.WriteString("expand", ExpandList);
        }

        w.WriteString("id", issue.Id.ToString());
        w.WriteString("self", $"{entities.ApiBase}/issue/{issue.Id}");
        w.WriteString("key", issue.Key);
        w.WritePropertyName("fields");
        WriteFields(w, issue, mask);
        if ((expand & IssueExpand.Changelog) != 0)
        {
            w.WritePropertyName("changelog");
            WriteChangelogPage(w, issue);
        }

        if ((expand & IssueExpand.Editmeta) != 0)
        {
            w.WritePropertyName("editmeta");
            WriteEditmeta(w, issue);
        }

        if (namesInBean)
        {
            WriteNamesAndSchema(w, mask, expand);
        }

        w.WriteEndObject();
    }

    public void WriteFields(Utf8JsonWriter w, SimIssue issue, FieldMask mask)
    {
        w.WriteStartObject();
        foreach (var field in catalog.Fields)
        {
            if (mask.Has(field.Index) && (field.Kind != FieldKind.Parent || issue.ParentId is not null))
            {
                w.WritePropertyName(field.EncodedId);
                WriteValue(w, issue, field);
            }
        }

        w.WriteEndObject();
    }

    /// <summary>A linked issue, parent or sub-task: key facts only, as Jira nests them.</summary>
    public void WriteLinkedIssue(Utf8JsonWriter w, SimIssue other, bool strictSchema = false)
    {
        w.WriteStartObject();
        w.WriteString("id", other.Id.ToString());
        w.WriteString("key", other.Key);
        w.WriteString("self", $"{entities.ApiBase}/issue/{other.Id}");
        w.WriteStartObject("fields");
        w.WriteString("summary", other.Summary);
        w.WritePropertyName("status");
        entities.Status(w, other.Status);
        w.WritePropertyName("priority");
        entities.Priority(w, other.Priority);
        w.WritePropertyName("issuetype");
        entities.IssueType(w, other.Type, withDescription: !strictSchema);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>An entry of <c>issuelinks</c> seen from <paramref name="perspective"/>: the other side only.</summary>
    public void WriteLinkEntry(Utf8JsonWriter w, SimLink link, SimIssue perspective)
    {
        var outward = link.SourceId == perspective.Id;
        var other = state.IssuesById.GetValueOrDefault(outward ? link.DestinationId : link.SourceId);
        w.WriteStartObject();
        w.WriteString("id", link.Id.ToString());
        w.WriteString("self", $"{entities.ApiBase}/issueLink/{link.Id}");
        w.WritePropertyName("type");
        entities.LinkType(w, link.Type);
        if (other is not null)
        {
            w.WritePropertyName(outward ? "outwardIssue" : "inwardIssue");
            WriteLinkedIssue(w, other);
        }

        w.WriteEndObject();
    }
}
