namespace Panorama.Core.Connections;

/// <summary>
/// Which side of a Jira link is the predecessor. A link reads "source &lt;outward verb&gt; destination": on issue X,
/// <c>outwardIssue: Y</c> means "X blocks Y" for Blocks. With <see cref="Outward"/> the source (X) is the
/// predecessor, as for "Blocks, outward -> FS" (SPEC 3.3); with <see cref="Inward"/> the destination is.
/// </summary>
public enum LinkDirection
{
    Outward,
    Inward,
}
