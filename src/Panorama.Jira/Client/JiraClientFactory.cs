using Panorama.Jira.Connections;
using Panorama.Jira.Http;

namespace Panorama.Jira.Client;

internal sealed class JiraClientFactory(
    IHttpClientFactory httpClients,
    IJiraCredentialSource credentials,
    JiraCloudIdCache cloudIds,
    TimeProvider time) : IJiraClientFactory
{
    public IJiraClient Create(JiraSite site) =>
        new JiraClient(httpClients.CreateClient(JiraHttpClient.Name), site, credentials, cloudIds, time);
}
