namespace Panorama.Sync.Connections;

/// <summary>Which site URLs Panorama accepts (<c>Jira</c> section).</summary>
public sealed class JiraSiteOptions
{
    public const string SectionName = "Jira";

    /// <summary>
    /// Accept <c>http://</c> site URLs on a loopback host (the simulator, <c>panorama demo</c>). Off by default: a
    /// token sent over plain http can be read by anyone on the path.
    /// </summary>
    public bool AllowInsecureLoopback { get; set; }
}
