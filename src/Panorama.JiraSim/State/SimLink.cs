using Panorama.JiraSim.Model;

namespace Panorama.JiraSim.State;

/// <summary>
/// An issue link read as "source &lt;outward&gt; destination" (e.g. source blocks destination). GET on the source shows
/// <c>outwardIssue: destination</c>; GET on the destination shows <c>inwardIssue: source</c>; webhooks carry
/// <c>sourceIssueId</c>/<c>destinationIssueId</c>.
/// </summary>
internal sealed record SimLink(long Id, SimLinkType Type, long SourceId, long DestinationId);
