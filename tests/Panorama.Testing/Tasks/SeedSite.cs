using Panorama.Core.Tasks;

namespace Panorama.Testing.Tasks;

/// <summary>A site to seed: its connection id, name and role, and its three statuses (same names on every site, site ids).</summary>
public sealed record SeedSite(Guid Id, string Name, bool IsPrimary, int StatusBase)
{
    public SeedStatus ToDo => new($"{StatusBase + 1}", "To Do", StatusCategory.ToDo);

    public SeedStatus InProgress => new($"{StatusBase + 3}", "In Progress", StatusCategory.InProgress);

    public SeedStatus Done => new($"{StatusBase + 2}", "Done", StatusCategory.Done);
}

public sealed record SeedStatus(string Id, string Name, StatusCategory Category);
