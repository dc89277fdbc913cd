using Panorama.Core.Dependencies;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>An app-only dependency as loaded from <c>app_dependencies</c>, with its row id.</summary>
public sealed record AppDependency(Guid Id, Dependency Dependency);
