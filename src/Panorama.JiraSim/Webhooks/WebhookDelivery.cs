namespace Panorama.JiraSim.Webhooks;

/// <summary>
/// One POST of one event to one registered URL. <see cref="Identifier"/> stays the same across retries and fault
/// duplicates (Jira's dedupe key); <see cref="Attempt"/> 0 is the first try.
/// </summary>
internal sealed record WebhookDelivery(
    long RegistrationId,
    string Url,
    string? Secret,
    byte[] Body,
    string EventName,
    string Identifier,
    string Flow,
    int Attempt = 0);
