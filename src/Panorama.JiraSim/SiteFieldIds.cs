namespace Panorama.JiraSim;

/// <summary>
/// A site's ids of the custom fields Panorama discovers by schema: Start date (datepicker), Story Points, Sprint
/// (gh-sprint), Target start/end (jpo baseline start/end) and Rank. They differ on every simulated site.
/// </summary>
public sealed record SiteFieldIds(string StartDate, string StoryPoints, string Sprint, string TargetStart, string TargetEnd, string Rank);
