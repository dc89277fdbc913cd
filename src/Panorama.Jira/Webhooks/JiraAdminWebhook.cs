using System.Globalization;
using System.Text.Json.Serialization;

namespace Panorama.Jira.Webhooks;

/// <summary>
/// An admin webhook as <c>/rest/webhooks/1.0/webhook</c> returns it. The id is not a field of its own: it is the last
/// segment of <see cref="Self"/> (public clients read it that way; shared/docs/jira-cloud-api.md 6.1).
/// </summary>
public sealed record JiraAdminWebhook
{
    public string? Self { get; init; }

    public string? Name { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<string> Events { get => field ?? []; init; }

    public IReadOnlyDictionary<string, string?>? Filters { get; init; }

    public bool? ExcludeBody { get; init; }

    public bool? Enabled { get; init; }

    public bool? IsSigned { get; init; }

    /// <summary>The id parsed from <see cref="Self"/>, or null when it does not end in a number.</summary>
    [JsonIgnore]
    public long? Id => ParseId(Self);

    /// <summary>The JQL of the <c>issue-related-events-section</c> filter.</summary>
    [JsonIgnore]
    public string? JqlFilter => Filters is not null
        && Filters.TryGetValue(JiraWebhookRegistration.IssueFilterKey, out var jql) ? jql : null;

    internal static long? ParseId(string? self)
    {
        if (string.IsNullOrEmpty(self))
        {
            return null;
        }

        var path = self.Split('?', '#')[0].TrimEnd('/');
        var last = path[(path.LastIndexOf('/') + 1)..];
        return long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
