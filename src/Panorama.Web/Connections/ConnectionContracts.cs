namespace Panorama.Web.Connections;

/// <summary>
/// <c>POST /api/connections</c>. <see cref="Primary"/> omitted: the first connection is primary, later ones secondary.
/// <see cref="ManageWebhook"/> omitted: Panorama registers the webhook itself.
/// </summary>
public sealed record CreateConnectionRequest(string? Name, string? Url, string? Email, string? ApiToken, bool? Primary = null, bool? ManageWebhook = null)
{
    public override string ToString() => $"CreateConnectionRequest {{ Name = {Name}, Url = {Url}, Email = {Email}, ApiToken = ***, Primary = {Primary}, ManageWebhook = {ManageWebhook} }}";
}

/// <summary><c>PUT /api/connections/{id}</c>: what is given changes; the token has its own endpoint.</summary>
public sealed record UpdateConnectionRequest(string? Name = null, string? Url = null, string? Email = null, bool? ManageWebhook = null);

/// <summary><c>PUT /api/connections/{id}/token</c>: write-only; the token is never returned.</summary>
public sealed record ReplaceTokenRequest(string? ApiToken)
{
    public override string ToString() => "ReplaceTokenRequest { ApiToken = *** }";
}

/// <summary>A connection as the API shows it: never the API token or the webhook secret.</summary>
public sealed record ConnectionResponse(
    Guid Id,
    string Name,
    string Url,
    string Email,
    string Role,
    string Status,
    string? StatusReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastCheckedAt,
    DateTimeOffset? LastSyncedAt,
    DateTimeOffset TokenSetAt,
    string? TokenWarning,
    bool ManageWebhook,
    WebhookSummary Webhook,
    DateTimeOffset? FieldsRefreshedAt);

public sealed record WebhookSummary(string? Id, string? Jql, DateTimeOffset? RegisteredAt, string? Error);

/// <summary>One check: <c>name</c> (https, jira-cloud, credentials, administer, webhook), <c>outcome</c> (passed, failed, skipped, warning), <c>message</c>.</summary>
public sealed record CheckResponse(string Name, string Outcome, string Message);

/// <summary>A connection after an action, with the checks it ran (when it ran any) and notes on side effects.</summary>
public sealed record ConnectionResultResponse(ConnectionResponse Connection, IReadOnlyList<CheckResponse>? Checks, IReadOnlyList<string> Notes);

/// <summary>What deleting a connection did.</summary>
public sealed record DeletedConnectionResponse(Guid Id, string Name, IReadOnlyList<string> Notes);
