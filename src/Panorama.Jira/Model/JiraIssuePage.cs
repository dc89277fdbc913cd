using System.Text.Json;

namespace Panorama.Jira.Model;

/// <summary>
/// One <c>bulkfetch</c> page parsed as one document over the pooled response body: every issue's
/// <see cref="JiraIssue.Fields"/> points into that document instead of a copy of its own, which is what made parsing
/// most of an import's cost. The issues are readable until the page is disposed (then their elements throw
/// <see cref="ObjectDisposedException"/>), so read what you keep before disposing it.
/// </summary>
public sealed class JiraIssuePage : IDisposable
{
    private readonly JsonDocument? _document;
    private readonly IDisposable? _body;

    internal JiraIssuePage(IReadOnlyList<JiraIssue> issues, IReadOnlyList<JiraIssueError> issueErrors, JsonDocument? document, IDisposable? body)
    {
        Issues = issues;
        IssueErrors = issueErrors;
        _document = document;
        _body = body;
    }

    /// <summary>Ascending by id, as Jira sends them; issues it cannot show are left out.</summary>
    public IReadOnlyList<JiraIssue> Issues { get; }

    public IReadOnlyList<JiraIssueError> IssueErrors { get; }

    public void Dispose()
    {
        _document?.Dispose();
        _body?.Dispose();
    }
}
