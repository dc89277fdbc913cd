namespace Panorama.JiraSim;

/// <summary>
/// One simulated Jira Cloud site. <paramref name="Port"/> 0 picks a free loopback port; <paramref name="Token"/> fixes the
/// technical user's API token (otherwise it is derived from the seed and the site name).
/// </summary>
public sealed record SiteOptions(string Name, int Port = 0, string? Token = null);
