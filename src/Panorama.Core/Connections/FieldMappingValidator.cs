using Panorama.Core.Fields;

namespace Panorama.Core.Connections;

/// <summary>The rules a field mapping must keep (SPEC rules 11 and 13, and type compatibility).</summary>
public static class FieldMappingValidator
{
    private static readonly BuiltInField[] DateFields =
        [BuiltInField.StartDate, BuiltInField.EndDate, BuiltInField.BaselineStart, BuiltInField.BaselineEnd];

    public static IReadOnlyList<MappingError> Validate(
        FieldMapping mapping,
        ConnectionRole role,
        string siteName,
        IReadOnlyCollection<JiraFieldInfo> siteFields)
    {
        var errors = new List<MappingError>();
        var fieldsById = siteFields.ToDictionary(f => f.Id, StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (!BuiltInFields.Mappable.Contains(entry.Field))
            {
                errors.Add(new(MappingError.IncompatibleField,
                    $"{Name(entry.Field)} is not a mappable field; it always comes from Jira's own field.", entry.Field));
                continue;
            }

            if (entry.Mode == FieldMappingMode.NotSynchronized)
            {
                if (role == ConnectionRole.Secondary)
                {
                    errors.Add(new(MappingError.NotSynchronizedOnSecondary,
                        $"{Name(entry.Field)} cannot be 'Not synchronized' on {siteName}: only the primary connection may keep " +
                        "values in Panorama alone. Map it to a Jira field of this site (two-way or read-only).", entry.Field));
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(entry.JiraFieldId))
            {
                errors.Add(new(MappingError.MissingFieldId, $"{Name(entry.Field)} needs a Jira field of {siteName} to map to.", entry.Field));
            }
            else if (!fieldsById.TryGetValue(entry.JiraFieldId, out var jiraField))
            {
                errors.Add(new(MappingError.UnknownField,
                    $"{siteName} has no field '{entry.JiraFieldId}' (mapped to {Name(entry.Field)}). Refresh the fields or choose another.", entry.Field));
            }
            else if (!Suits(entry.Field, jiraField))
            {
                errors.Add(new(MappingError.IncompatibleField,
                    $"{jiraField.Name} ({jiraField.Id}) is a {jiraField.SchemaType ?? "untyped"} field and cannot hold {Name(entry.Field)}, " +
                    $"which needs a {Expected(entry.Field)} field.", entry.Field));
            }
        }

        errors.AddRange(SameFieldTwice(mapping, siteName));
        return errors;
    }

    /// <summary>Whether a Jira field's type can hold a built-in field's values.</summary>
    public static bool Suits(BuiltInField field, JiraFieldInfo jiraField) => field.Kind() switch
    {
        BuiltInFieldKind.Date => jiraField.IsDate(),
        BuiltInFieldKind.Seconds or BuiltInFieldKind.Number => jiraField.IsNumber(),
        _ => false,
    };

    private static IEnumerable<MappingError> SameFieldTwice(FieldMapping mapping, string siteName) =>
        mapping.Entries
            .Where(e => e.IsSynced)
            .GroupBy(e => e.JiraFieldId!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g =>
            {
                var names = string.Join(" and ", g.Select(e => Name(e.Field)));
                var rule = g.Any(e => DateFields.Contains(e.Field))
                    ? "Start date, End date and the two Baseline dates must each map to a different field."
                    : "Each built-in field needs its own Jira field.";
                return new MappingError(MappingError.SameFieldTwice,
                    $"{names} are all mapped to {g.Key} on {siteName}. {rule}", g.First().Field);
            });

    private static string Expected(BuiltInField field) => field.Kind() switch
    {
        BuiltInFieldKind.Date => "date",
        _ => "number",
    };

    private static string Name(BuiltInField field) => field switch
    {
        BuiltInField.StartDate => "Start date",
        BuiltInField.EndDate => "End date",
        BuiltInField.BaselineStart => "Baseline start",
        BuiltInField.BaselineEnd => "Baseline end",
        BuiltInField.OriginalEstimate => "Original estimate",
        BuiltInField.RemainingEstimate => "Remaining estimate",
        BuiltInField.StoryPoints => "Story points",
        _ => field.ToString(),
    };
}
