namespace Panorama.JiraSim.RateLimiting;

/// <summary>Whether a request may proceed, and what Jira's rate-limit headers say about it.</summary>
internal readonly record struct RateDecision(bool Allowed, double Limit, double Remaining, TimeSpan RetryAfter, string? Reason)
{
    public static RateDecision Unlimited { get; } = new(true, 0, 0, TimeSpan.Zero, null);
}
