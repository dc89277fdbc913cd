using Panorama.Core.Fields;

namespace Panorama.Core.Connections;

/// <summary>
/// The mapping a new connection starts with (rule 10): the primary gets what its fields support, found by schema
/// (SPEC 3.2); a secondary starts empty so nothing is written to a site until an administrator says where.
/// </summary>
public static class FieldMappingDefaults
{
    public static FieldMapping For(ConnectionRole role, IReadOnlyCollection<JiraFieldInfo> siteFields)
    {
        if (role == ConnectionRole.Secondary)
        {
            return FieldMapping.Empty;
        }

        var entries = new List<FieldMappingEntry>();
        void Map(BuiltInField field, JiraFieldInfo? jiraField) =>
            entries.Add(jiraField is null
                ? new FieldMappingEntry(field, FieldMappingMode.NotSynchronized)
                : new FieldMappingEntry(field, FieldMappingMode.TwoWay, jiraField.Id));

        Map(BuiltInField.StartDate, siteFields.FirstOrDefault(f =>
            f.SchemaCustom == JiraFieldSchemas.DatePicker && f.Name.Equals("Start date", StringComparison.OrdinalIgnoreCase)));
        Map(BuiltInField.EndDate, siteFields.FirstOrDefault(f => f.Id == JiraFieldSchemas.DueDate));
        Map(BuiltInField.BaselineStart, siteFields.FirstOrDefault(f => f.SchemaCustom == JiraFieldSchemas.BaselineStart));
        Map(BuiltInField.BaselineEnd, siteFields.FirstOrDefault(f => f.SchemaCustom == JiraFieldSchemas.BaselineEnd));
        Map(BuiltInField.OriginalEstimate, siteFields.FirstOrDefault(f => f.Id == JiraFieldSchemas.OriginalEstimate));
        Map(BuiltInField.RemainingEstimate, siteFields.FirstOrDefault(f => f.Id == JiraFieldSchemas.RemainingEstimate));
        Map(BuiltInField.StoryPoints, siteFields.FirstOrDefault(f => f.IsStoryPoints()));

        // Jira's own progress is computed from time tracking and cannot be written; Panorama keeps its own.
        entries.Add(new FieldMappingEntry(BuiltInField.Progress, FieldMappingMode.NotSynchronized));
        return new FieldMapping(entries);
    }
}
