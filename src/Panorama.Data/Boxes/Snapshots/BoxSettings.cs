using Panorama.Core.Boxes;
using Panorama.Core.Scheduling;
using Panorama.Core.Scheduling.Calendars;
using Panorama.Core.Scope;
using Panorama.Core.Structure;
using Panorama.Core.Tasks;
using Panorama.Core.Views;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// A box's settings as loaded: the box, its scope integrations (with their ids, which key the scope memberships),
/// structure, column and card views (the type's defaults when none are saved), working calendar and the tasks'
/// scheduling modes. When the structure shows sub-boxes, also the hierarchy and the sub-boxes' scopes.
/// </summary>
public sealed record BoxSettings(
    Box Box,
    IReadOnlyList<ScopeEntry> Scope,
    StructureDefinition Structure,
    IReadOnlyList<View> ColumnViews,
    IReadOnlyList<View> CardViews,
    WorkingCalendar Calendar,
    IReadOnlyDictionary<TaskKey, ScheduleMode> Modes,
    BoxHierarchy? Hierarchy,
    IReadOnlyDictionary<Guid, IReadOnlyList<ScopeEntry>> SubBoxScopes)
{
    public bool ShowsSubBoxes => Structure.Builders.Any(b => b is BoxStructureBuilder);

    public ScheduleMode ModeOf(TaskKey task) => Modes.TryGetValue(task, out var mode) ? mode : ScheduleMode.Auto;

    /// <summary>A column view by name (ignoring case); the first one when no name is given; null when none matches.</summary>
    public View? ColumnView(string? name) => FindView(ColumnViews, name);

    public View? CardView(string? name) => FindView(CardViews, name);

    private static View? FindView(IReadOnlyList<View> views, string? name) => string.IsNullOrWhiteSpace(name)
        ? (views.Count > 0 ? views[0] : null)
        : views.FirstOrDefault(v => string.Equals(v.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>A scope integration with the id of its row.</summary>
public sealed record ScopeEntry(Guid IntegrationId, ScopeIntegration Integration);
