namespace Panorama.JiraSim.Model;

/// <summary>A company-managed software project with its versions, components and board sprints.</summary>
internal sealed record SimProject(
    long Id,
    string Key,
    string Name,
    string LeadAccountId,
    Guid Uuid,
    IReadOnlyList<SimVersion> Versions,
    IReadOnlyList<SimComponent> Components,
    IReadOnlyList<SimSprint> Sprints);

internal sealed record SimVersion(long Id, string Name, string Description, long ProjectId, bool Released, DateOnly? ReleaseDate);

internal sealed record SimComponent(long Id, string Name, string Description);

/// <summary>A Jira Software sprint as the <c>gh-sprint</c> field shows it; <see cref="State"/> is closed, active or future.</summary>
internal sealed record SimSprint(long Id, string Name, string State, long BoardId, DateTimeOffset StartDate, DateTimeOffset EndDate, string Goal);
