namespace Panorama.Sync.Connections.Webhooks;

/// <summary>
/// A connection's webhook as Panorama knows it: what is registered on the site, what the scopes call for now, and the
/// details for registering it by hand. The only place the webhook secret is ever shown.
/// </summary>
public sealed record WebhookState(
    bool ManagedByPanorama,
    string? RegisteredId,
    string? RegisteredJql,
    DateTimeOffset? RegisteredAt,
    string? LastError,
    bool InScope,
    IReadOnlyList<string> ProjectKeys,
    ManualWebhookRegistration Registration);

/// <summary>
/// What an administrator enters in Jira (Settings > System > WebHooks) to register the webhook by hand. <see cref="Url"/>
/// is null when <c>Panorama:PublicBaseUrl</c> is not set; <see cref="JqlFilter"/> null means "all issues" (a scope with
/// JQL) or, when nothing is in scope, that no webhook is needed yet.
/// </summary>
public sealed record ManualWebhookRegistration(
    string Name,
    string? Url,
    IReadOnlyList<string> Events,
    string? JqlFilter,
    string Secret);
