using Panorama.Data.Connections;
using Panorama.Jira.Connections;

namespace Panorama.Sync.Connections;

/// <summary>How a stored connection is addressed by the Jira client.</summary>
public static class ConnectionSites
{
    public static JiraSite ToJiraSite(this Connection connection) =>
        new(connection.Id, connection.Name, new Uri(connection.BaseUrl))
        {
            ScopedToken = connection.CloudId is not null,
            CloudId = connection.CloudId,
        };
}
