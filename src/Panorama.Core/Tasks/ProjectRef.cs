namespace Panorama.Core.Tasks;

/// <summary>A Jira project of one site: Jira's id (as a string, the way Jira's JSON carries it) and its key.</summary>
public sealed record ProjectRef(string Id, string Key);
