namespace Panorama.Jira.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests in any span of <see cref="Window"/> (half-open).</summary>
public readonly record struct RateWindow(int PermitLimit, TimeSpan Window)
{
    public override string ToString() => $"{PermitLimit} per {Window.TotalSeconds:0.###} s";
}
