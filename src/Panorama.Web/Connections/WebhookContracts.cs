namespace Panorama.Web.Connections;

/// <summary>
/// <c>GET .../webhooks</c>: what is registered on the site, what the scopes call for, and (for administrators who
/// register by hand) the URL, events, JQL filter and secret to enter in Jira: the only answer that shows the secret.
/// </summary>
public sealed record WebhookStateResponse(
    bool ManagedByPanorama,
    string? RegisteredId,
    string? RegisteredJql,
    DateTimeOffset? RegisteredAt,
    string? LastError,
    bool InScope,
    IReadOnlyList<string> ProjectKeys,
    ManualRegistrationResponse ManualRegistration);

public sealed record ManualRegistrationResponse(string Name, string? Url, IReadOnlyList<string> Events, string? JqlFilter, string Secret, string Instructions)
{
    public override string ToString() => $"ManualRegistrationResponse {{ Name = {Name}, Url = {Url}, JqlFilter = {JqlFilter}, Secret = *** }}";
}

/// <summary><c>POST .../webhooks</c>: the registration just attempted, and the state after it.</summary>
public sealed record WebhookSyncResponse(CheckResponse Check, WebhookStateResponse State);

public sealed record ScreenCheckSampleResponse(string Project, string IssueType, string IssueKey);

/// <summary>A two-way mapped field missing from the edit screen of a project and issue type, with the fix.</summary>
public sealed record ScreenCheckFindingResponse(string Project, string IssueType, string Field, string JiraFieldId, string JiraFieldName, string Fix);

/// <summary>
/// <c>GET .../screen-check</c>: the projects looked at, the representative issue of each (project, issue type) whose
/// <c>editmeta</c> was read, the findings, and notes on what could not be covered.
/// </summary>
public sealed record ScreenCheckResponse(
    IReadOnlyList<string> Projects,
    IReadOnlyList<ScreenCheckSampleResponse> Checked,
    IReadOnlyList<ScreenCheckFindingResponse> Findings,
    IReadOnlyList<string> Notes);
