using Panorama.Jira.Errors;

namespace Panorama.Jira.Client;

/// <summary>One Jira operation to send: method, endpoint template, concrete path and body, and how it may be retried.</summary>
internal sealed record JiraCall(HttpMethod Method, string Template, string PathAndQuery)
{
    /// <summary>The UTF-8 JSON body, kept as bytes so a retry can send it again.</summary>
    public byte[]? Body { get; init; }

    /// <summary>
    /// Safe to send twice: GET, PUT, DELETE, and POSTs that only read (search, bulk fetch, counts). Only these are
    /// retried after a 429, a 5xx or a timeout.
    /// </summary>
    public bool Idempotent { get; init; } = Method != HttpMethod.Post;

    /// <summary>Issues this call writes to: each is held to Jira's per-issue write limits.</summary>
    public IReadOnlyList<string> IssueKeys { get; init; } = [];

    public IReadOnlySet<string> FieldsWritten { get; init; } = new HashSet<string>();

    public JiraWriteContext? WriteContext { get; init; }

    public bool Anonymous { get; init; }

    /// <summary>e.g. <c>PUT /rest/api/3/issue/{issueIdOrKey}</c>: the name of the operation in messages and metrics.</summary>
    public string Operation => $"{Method.Method} {Template}";
}
