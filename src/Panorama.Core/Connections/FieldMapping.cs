using Panorama.Core.Fields;

namespace Panorama.Core.Connections;

/// <summary>
/// A connection's field mapping: for each mappable built-in field, where its value lives. A field without an entry
/// is unmapped (a new secondary starts with none, rule 10; boxes show what is unmapped).
/// </summary>
public sealed record FieldMapping(IReadOnlyList<FieldMappingEntry> Entries)
{
    public static FieldMapping Empty { get; } = new([]);

    public FieldMappingEntry? For(BuiltInField field)
    {
        // An index loop, not FirstOrDefault or foreach over the interface (each allocates): an import asks this ten
        // times per issue.
        for (var i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].Field == field)
            {
                return Entries[i];
            }
        }

        return null;
    }

    /// <summary>The Jira field a built-in field is read from on this site, if it is synced.</summary>
    public string? JiraFieldFor(BuiltInField field) => For(field) is { IsSynced: true } entry ? entry.JiraFieldId : null;

    /// <summary>The mappable built-in fields with no entry yet.</summary>
    public IReadOnlyList<BuiltInField> Unmapped => [.. BuiltInFields.Mappable.Where(f => For(f) is null)];
}
