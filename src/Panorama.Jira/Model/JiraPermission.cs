namespace Panorama.Jira.Model;

/// <summary>
/// One entry of <c>mypermissions</c>. Key off <see cref="Key"/> (e.g. <c>ADMINISTER</c>), not the display name, which
/// differs between deployments.
/// </summary>
public sealed record JiraPermission
{
    public string? Id { get; init; }

    public string? Key { get; init; }

    public string? Name { get; init; }

    public string? Type { get; init; }

    public bool HavePermission { get; init; }
}
