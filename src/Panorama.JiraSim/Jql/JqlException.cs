namespace Panorama.JiraSim.Jql;

/// <summary>A JQL problem; its message is what Jira puts in <c>errorMessages</c> with a 400.</summary>
internal sealed class JqlException(string message) : Exception(message);
