using Panorama.JiraSim.Model;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Jql;

/// <summary>What a query is evaluated against: the site, its issues (read lock held), the caller and the time.</summary>
internal sealed record JqlContext(SiteCatalog Catalog, SiteState State, string CurrentAccountId, DateTimeOffset Now);
