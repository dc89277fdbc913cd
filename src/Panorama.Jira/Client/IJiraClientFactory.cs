using Panorama.Jira.Connections;

namespace Panorama.Jira.Client;

/// <summary>Makes the client of a site. Clients are cheap; the limiters behind them are shared process-wide.</summary>
public interface IJiraClientFactory
{
    IJiraClient Create(JiraSite site);
}
