namespace Panorama.Sync.Webhooks;

/// <summary>The webhook receiver's limits; bound from <c>Sync:Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Sync:Webhooks";

    /// <summary>A larger body is refused (413) before it is read further; Jira's issue bodies are far smaller.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How long applied deliveries are kept, so a retry of one is still recognised as a duplicate (Jira retries for
    /// up to about 30 minutes).
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(2);
}
