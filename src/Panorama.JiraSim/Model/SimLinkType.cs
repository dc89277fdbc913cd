namespace Panorama.JiraSim.Model;

/// <summary>An issue link type: "A &lt;Outward&gt; B" reads from the source issue, "B &lt;Inward&gt; A" from the destination.</summary>
internal sealed record SimLinkType(long Id, string Name, string Inward, string Outward);
