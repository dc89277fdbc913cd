using Panorama.JiraSim.Jql;

namespace Panorama.JiraSim.State;

/// <summary>An admin webhook (<c>/rest/webhooks/1.0/webhook</c>).</summary>
internal sealed record WebhookRegistration(
    long Id,
    string Name,
    string Url,
    IReadOnlyList<string> Events,
    string? JqlFilter,
    JqlQuery? ParsedFilter,
    bool ExcludeBody,
    string? Secret,
    bool Enabled,
    DateTimeOffset LastUpdated,
    string LastUpdatedAccountId);
