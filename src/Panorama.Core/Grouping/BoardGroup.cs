using Panorama.Core.Tasks;

namespace Panorama.Core.Grouping;

/// <summary>
/// A board column. <see cref="Key"/> is stable and unique (a status group's key holds its site and status id);
/// <see cref="Site"/> is set for status groups so two sites' "In Progress" can be told apart on screen.
/// </summary>
public sealed record BoardGroup(string Key, string Label, object? Value, SiteRef? Site, IReadOnlyList<PlanTask> Tasks);
