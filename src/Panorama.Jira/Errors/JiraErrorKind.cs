namespace Panorama.Jira.Errors;

/// <summary>The closed set of ways a Jira call fails; each maps to one thing an administrator can do.</summary>
public enum JiraErrorKind
{
    /// <summary>401: bad e-mail or token, an expired token, or a scoped token used against the site URL.</summary>
    Unauthorized,

    /// <summary>403: the technical user lacks a permission.</summary>
    Forbidden,

    /// <summary>404: the thing does not exist or the technical user cannot see it.</summary>
    NotFound,

    /// <summary>400 naming a field that cannot be set: it is not on the edit screen (or unknown).</summary>
    FieldNotOnScreen,

    /// <summary>429 after the client's own waiting and retries.</summary>
    RateLimited,

    /// <summary>410: Jira removed the endpoint (e.g. the old <c>/rest/api/3/search</c>).</summary>
    RemovedEndpoint,

    /// <summary>No answer: connection failure, timeout, or 5xx after retries.</summary>
    SiteUnreachable,

    /// <summary>An answer Panorama cannot read (not JSON, or not the documented shape).</summary>
    InvalidResponse,

    /// <summary>400/413/422 other than a field off screen: Jira refused the request's content.</summary>
    BadRequest,

    /// <summary>409: a conflicting update.</summary>
    Conflict,
}
