namespace Panorama.Core.Tasks;

/// <summary>
/// A Jira status of one site. Its id is site-specific: two sites may both have "In Progress" with different ids, and
/// they are different statuses (rule 15).
/// </summary>
public sealed record StatusRef(string Id, string Name, StatusCategory Category);
