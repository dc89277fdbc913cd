using System.Text.Json;
using System.Text.Json.Serialization;
using Panorama.Core.Fields;
using Panorama.Core.Tasks;
using Panorama.Core.WriteBack;
using Panorama.Data.Sync;

namespace Panorama.Sync.WriteBack;

/// <summary>
/// How outbox operations are kept as JSON (<c>PayloadJson</c>, <c>OldValuesJson</c>, <c>ResultJson</c>). Field edits
/// name built-in fields by their SPEC JSON names, so a stored row reads the same to a person as to the code.
/// </summary>
internal static class WriteBackPayloads
{
    public static string Write(WriteBackOperation operation) => operation switch
    {
        EditTaskFields edit => JsonSerializer.Serialize(new EditPayload(Edits(edit.Edits)), WriteBackJsonContext.Default.EditPayload),
        CreateIssue create => JsonSerializer.Serialize(new CreatePayload(create.ProjectKey, create.IssueTypeName, create.Summary,
            Edits(create.Edits), create.ParentIssueKey, create.BoxId), WriteBackJsonContext.Default.CreatePayload),
        CreateIssueLink link => JsonSerializer.Serialize(new LinkPayload(null, link.LinkTypeId, link.SourceIssueId, link.DestinationIssueId),
            WriteBackJsonContext.Default.LinkPayload),
        DeleteIssueLink unlink => JsonSerializer.Serialize(new LinkPayload(unlink.LinkId, null, null, null), WriteBackJsonContext.Default.LinkPayload),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation.GetType().Name, "Unknown write-back operation."),
    };

    public static WriteBackOperationKind KindOf(WriteBackOperation operation) => operation switch
    {
        EditTaskFields => WriteBackOperationKind.EditFields,
        CreateIssue => WriteBackOperationKind.CreateIssue,
        CreateIssueLink => WriteBackOperationKind.CreateLink,
        DeleteIssueLink => WriteBackOperationKind.DeleteLink,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation.GetType().Name, "Unknown write-back operation."),
    };

    /// <summary>The Core operation a stored row describes.</summary>
    public static WriteBackOperation Read(WriteBackOperationRecord record) => record.Kind switch
    {
        WriteBackOperationKind.EditFields => new EditTaskFields(new TaskKey(record.ConnectionId, record.IssueId ?? 0),
            FieldEdits(JsonSerializer.Deserialize(record.PayloadJson, WriteBackJsonContext.Default.EditPayload)!.Edits)),
        WriteBackOperationKind.CreateIssue => JsonSerializer.Deserialize(record.PayloadJson, WriteBackJsonContext.Default.CreatePayload) is { } c
            ? new CreateIssue(record.ConnectionId, c.ProjectKey, c.IssueTypeName, c.Summary, FieldEdits(c.Edits), c.ParentIssueKey, c.BoxId)
            : throw new JsonException("Empty create payload."),
        WriteBackOperationKind.CreateLink => JsonSerializer.Deserialize(record.PayloadJson, WriteBackJsonContext.Default.LinkPayload) is { } l
            ? new CreateIssueLink(record.ConnectionId, l.LinkTypeId ?? "", l.SourceIssueId ?? 0, l.DestinationIssueId ?? 0)
            : throw new JsonException("Empty link payload."),
        _ => new DeleteIssueLink(record.ConnectionId, ReadLink(record.PayloadJson).LinkId ?? 0),
    };

    public static LinkPayload ReadLink(string json) => JsonSerializer.Deserialize(json, WriteBackJsonContext.Default.LinkPayload)!;

    public static string WriteLink(LinkPayload link) => JsonSerializer.Serialize(link, WriteBackJsonContext.Default.LinkPayload);

    /// <summary>Old values by SPEC field name (for undo and the audit log).</summary>
    public static string WriteValues(IReadOnlyDictionary<string, string?> values) =>
        JsonSerializer.Serialize(values, WriteBackJsonContext.Default.IReadOnlyDictionaryStringString);

    public static IReadOnlyDictionary<string, string?> ReadValues(string? json) =>
        json is null ? new Dictionary<string, string?>() : JsonSerializer.Deserialize(json, WriteBackJsonContext.Default.IReadOnlyDictionaryStringString)!;

    public static CreatedIssueResult? ReadCreated(string? json) =>
        json is null ? null : JsonSerializer.Deserialize(json, WriteBackJsonContext.Default.CreatedIssueResult);

    public static string WriteCreated(CreatedIssueResult created) => JsonSerializer.Serialize(created, WriteBackJsonContext.Default.CreatedIssueResult);

    private static List<EditValue> Edits(IEnumerable<FieldEdit> edits) => [.. edits.Select(e => new EditValue(e.Field.JsonName(), e.Value))];

    private static List<FieldEdit> FieldEdits(IEnumerable<EditValue> edits) =>
        [.. edits.Select(e => BuiltInFields.TryParse(e.Field, out var field) ? new FieldEdit(field, e.Value) : null).OfType<FieldEdit>()];
}

internal sealed record EditValue(string Field, string? Value);

internal sealed record EditPayload(List<EditValue> Edits);

internal sealed record CreatePayload(string ProjectKey, string IssueTypeName, string Summary, List<EditValue> Edits, string? ParentIssueKey, Guid? BoxId);

/// <summary>A link: its id once known, and its type and two sides (source &lt;outward&gt; destination).</summary>
internal sealed record LinkPayload(long? LinkId, string? LinkTypeId, long? SourceIssueId, long? DestinationIssueId);

internal sealed record CreatedIssueResult(long IssueId, string IssueKey);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EditPayload))]
[JsonSerializable(typeof(CreatePayload))]
[JsonSerializable(typeof(LinkPayload))]
[JsonSerializable(typeof(CreatedIssueResult))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string?>))]
internal sealed partial class WriteBackJsonContext : JsonSerializerContext;
