namespace Panorama.Jira.Errors;

/// <summary>
/// A failed Jira call. <see cref="Exception.Message"/> tells an administrator what to do; Jira's own
/// <see cref="ErrorMessages"/> and <see cref="Errors"/> are kept. Never carries credentials.
/// </summary>
public sealed class JiraException : Exception
{
    public JiraException(JiraErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    public JiraErrorKind Kind { get; }

    /// <summary>The HTTP status, when Jira answered.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The site's display name.</summary>
    public string? Site { get; init; }

    /// <summary>The operation, e.g. <c>PUT /rest/api/3/issue/{issueIdOrKey}</c>.</summary>
    public string? Operation { get; init; }

    public IReadOnlyList<string> ErrorMessages { get; init; } = [];

    /// <summary>Jira's per-field errors, by field id.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>The field that could not be set, for <see cref="JiraErrorKind.FieldNotOnScreen"/> and field errors.</summary>
    public string? FieldId { get; init; }

    /// <summary>How long Jira asked to wait (<c>Retry-After</c>), for <see cref="JiraErrorKind.RateLimited"/> and 503s.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary><c>RateLimit-Reason</c> of a 429, e.g. <c>jira-per-issue-on-write</c>.</summary>
    public string? RateLimitReason { get; init; }

    public JiraException()
        : this(JiraErrorKind.InvalidResponse, "The Jira call failed.")
    {
    }

    public JiraException(string message)
        : this(JiraErrorKind.InvalidResponse, message)
    {
    }

    public JiraException(string message, Exception innerException)
        : this(JiraErrorKind.InvalidResponse, message, innerException)
    {
    }
}
