using System.Text.Json;
using Panorama.JiraSim.Model;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Rendering;

internal sealed partial class IssueWriter
{
    /// <summary>Jira caps an expanded changelog at 40 entries, most recent first.</summary>
    private const int ExpandedChangelogLimit = 40;

    private void WriteChangelogPage(Utf8JsonWriter w, SimIssue issue)
    {
        var count = Math.Min(issue.History.Count, ExpandedChangelogLimit);
        w.WriteStartObject();
        w.WriteNumber("startAt", 0);
        w.WriteNumber("maxResults", count);
        w.WriteNumber("total", count);
        w.WriteStartArray("histories");
        for (var i = issue.History.Count - 1; i >= issue.History.Count - count; i--)
        {
            WriteHistory(w, issue.History[i]);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public void WriteHistory(Utf8JsonWriter w, ChangeHistory history)
    {
        w.WriteStartObject();
        w.WriteString("id", history.Id.ToString());
        w.WritePropertyName("author");
        entities.User(w, catalog.Users.ByAccountId(history.AuthorAccountId));
        w.WriteString("created", JiraFormats.DateTime(history.Created));
        w.WriteStartArray("items");
        foreach (var item in history.Items)
        {
            WriteChangeItem(w, item, omitNulls: v3);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// Webhooks (v2) write <c>null</c> for absent from/to values; REST v3 leaves them out, because the OpenAPI schema
    /// declares them as non-nullable strings.
    /// </summary>
    public static void WriteChangeItem(Utf8JsonWriter w, ChangeItem item, bool omitNulls)
    {
        w.WriteStartObject();
        w.WriteString("field", item.Field);
        w.WriteString("fieldtype", item.FieldType);
        w.WriteString("fieldId", item.FieldId);
        WriteOptional(w, "from", item.From, omitNulls);
        WriteOptional(w, "fromString", item.FromText, omitNulls);
        WriteOptional(w, "to", item.To, omitNulls);
        WriteOptional(w, "toString", item.ToText, omitNulls);
        w.WriteEndObject();
    }

    public void WriteEditmeta(Utf8JsonWriter w, SimIssue issue)
    {
        var screen = state.Screens.GetValueOrDefault(issue.Project.Id) ?? [];
        w.WriteStartObject();
        w.WriteStartObject("fields");
        foreach (var field in catalog.Fields)
        {
            if (!field.Editable || !screen.Contains(field.Id))
            {
                continue;
            }

            w.WriteStartObject(field.EncodedId);
            w.WriteBoolean("required", field.Kind is FieldKind.Summary or FieldKind.IssueType);
            w.WritePropertyName("schema");
            WriteSchema(w, field);
            w.WriteString("name", field.Name);
            w.WriteString("key", field.Id);
            w.WriteStartArray("operations");
            foreach (var operation in field.Operations ?? ["set"])
            {
                w.WriteStringValue(operation);
            }

            w.WriteEndArray();
            WriteAllowedValues(w, issue, field);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private void WriteAllowedValues(Utf8JsonWriter w, SimIssue issue, FieldDef field)
    {
        switch (field.Kind)
        {
            case FieldKind.Priority:
                w.WriteStartArray("allowedValues");
                foreach (var priority in catalog.Priorities)
                {
                    entities.Priority(w, priority);
                }

                w.WriteEndArray();
                break;
            case FieldKind.Components:
                w.WriteStartArray("allowedValues");
                foreach (var component in issue.Project.Components)
                {
                    entities.Component(w, component);
                }

                w.WriteEndArray();
                break;
            case FieldKind.FixVersions:
                w.WriteStartArray("allowedValues");
                foreach (var version in issue.Project.Versions)
                {
                    entities.Version(w, version);
                }

                w.WriteEndArray();
                break;
            case FieldKind.IssueType:
                w.WriteStartArray("allowedValues");
                foreach (var type in catalog.IssueTypes.Where(t => t.Subtask == issue.Type.Subtask))
                {
                    entities.IssueType(w, type);
                }

                w.WriteEndArray();
                break;
        }
    }

    public static void WriteSchema(Utf8JsonWriter w, FieldDef field)
    {
        w.WriteStartObject();
        w.WriteString("type", field.SchemaType);
        if (field.SchemaItems is not null)
        {
            w.WriteString("items", field.SchemaItems);
        }

        if (field.SchemaSystem is not null)
        {
            w.WriteString("system", field.SchemaSystem);
        }

        if (field.SchemaCustom is not null)
        {
            w.WriteString("custom", field.SchemaCustom);
            w.WriteNumber("customId", field.CustomId!.Value);
        }

        w.WriteEndObject();
    }

    /// <summary><c>expand=names</c> and <c>expand=schema</c>: one entry per field the mask selects.</summary>
    public void WriteNamesAndSchema(Utf8JsonWriter w, FieldMask mask, IssueExpand expand)
    {
        if (mask.IdOnly)
        {
            return;
        }

        if ((expand & IssueExpand.Names) != 0)
        {
            w.WriteStartObject("names");
            foreach (var field in catalog.Fields.Where(f => mask.Has(f.Index)))
            {
                w.WriteString(field.EncodedId, field.Name);
            }

            w.WriteEndObject();
        }

        if ((expand & IssueExpand.Schema) != 0)
        {
            w.WriteStartObject("schema");
            foreach (var field in catalog.Fields.Where(f => mask.Has(f.Index)))
            {
                w.WritePropertyName(field.EncodedId);
                WriteSchema(w, field);
            }

            w.WriteEndObject();
        }
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value, bool omitNulls)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
        else if (!omitNulls)
        {
            w.WriteNull(name);
        }
    }
}
