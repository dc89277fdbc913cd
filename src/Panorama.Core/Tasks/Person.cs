namespace Panorama.Core.Tasks;

/// <summary>
/// A Jira user. Atlassian account ids are global to Atlassian, so one person has the same account id on every site.
/// </summary>
public sealed record Person(string AccountId, string DisplayName);
