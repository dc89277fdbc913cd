using Panorama.Core.Fields;

namespace Panorama.Core.Connections;

/// <summary>What Jira's edit screen offers for one project and issue type (the field ids of <c>editmeta</c>).</summary>
public sealed record EditScreen(string ProjectKey, string IssueTypeName, IReadOnlySet<string> EditableFieldIds);

/// <summary>A two-way mapped field that Jira will refuse to write for one project and issue type (rule 12).</summary>
public sealed record ScreenCheckFinding(
    string ProjectKey,
    string IssueTypeName,
    BuiltInField Field,
    string JiraFieldId,
    string JiraFieldName,
    string Fix);

/// <summary>
/// Rule 12: a mapped Jira field must be editable where Panorama writes it. Jira silently leaves a field out of
/// <c>editmeta</c> when it is not on the edit screen, and then answers 400 to a write; this finds those in advance.
/// </summary>
public static class ScreenCheck
{
    public static IReadOnlyList<ScreenCheckFinding> Run(
        FieldMapping mapping,
        string siteName,
        IReadOnlyCollection<JiraFieldInfo> siteFields,
        IEnumerable<EditScreen> screens)
    {
        var names = siteFields.ToDictionary(f => f.Id, f => f.Name, StringComparer.Ordinal);
        var written = mapping.Entries.Where(e => e.Mode == FieldMappingMode.TwoWay && e.JiraFieldId is not null).ToList();
        var findings = new List<ScreenCheckFinding>();
        foreach (var screen in screens.OrderBy(s => s.ProjectKey, StringComparer.Ordinal).ThenBy(s => s.IssueTypeName, StringComparer.Ordinal))
        {
            foreach (var entry in written.Where(e => !screen.EditableFieldIds.Contains(e.JiraFieldId!)))
            {
                var name = names.GetValueOrDefault(entry.JiraFieldId!, entry.JiraFieldId!);
                findings.Add(new ScreenCheckFinding(
                    screen.ProjectKey,
                    screen.IssueTypeName,
                    entry.Field,
                    entry.JiraFieldId!,
                    name,
                    $"Add field {entry.JiraFieldId} ({name}) to the edit screen of project {screen.ProjectKey} " +
                    $"(issue type {screen.IssueTypeName}) on site {siteName}."));
            }
        }

        return findings;
    }
}
