using Microsoft.Extensions.Options;
using Panorama.Core.Connections;
using Panorama.Data.Connections;
using Panorama.Jira.Client;
using Panorama.Jira.Errors;
using Panorama.Jira.Model;
using static Panorama.Core.Connections.ConnectionCheckNames;

namespace Panorama.Sync.Connections.Checks;

/// <summary>
/// The checks of rule 2, each reported on its own: https, answers as Jira Cloud, credentials valid (<c>myself</c>),
/// ADMINISTER held. It only reads; <see cref="Administration.ConnectionAdministration"/> and the health check apply
/// the outcome through <see cref="ConnectionStatusService"/>.
/// </summary>
public sealed class ConnectionCheckRunner(
    IJiraClientFactory clients,
    IOptions<JiraSiteOptions> siteOptions,
    IOptions<ConnectionOptions> options)
{
    private static readonly string[] AdministerKey = ["ADMINISTER"];

    public async Task<ConnectionCheckReport> RunAsync(Connection connection, CancellationToken cancellationToken)
    {
        var url = SiteUrl.Check(connection.BaseUrl, siteOptions.Value.AllowInsecureLoopback);
        if (!url.IsOk)
        {
            return new ConnectionCheckReport([Failed(Https, url.Refusal!), .. SkipAll("the site URL is refused")]);
        }

        var https = Passed(Https, url.Value.Scheme == "https"
            ? $"{url.Value} uses https."
            : $"{url.Value} uses plain http on a loopback address, allowed by Jira:AllowInsecureLoopback (for a simulated site only).");
        var client = clients.Create(connection.ToJiraSite());
        var timeout = options.Value.CheckTimeout;

        var serverInfo = await RemoteCall.RunAsync(ct => client.GetServerInfoAsync(ct), timeout, cancellationToken);
        RemoteResult<JiraUser>? myself = null;
        if (serverInfo.Error?.Kind == JiraErrorKind.Unauthorized)
        {
            // Jira answers 401 to any call with rejected credentials, serverInfo too: that says nothing about Cloud, so
            // the Cloud check is asked again once the credentials are known to work.
            myself = await RemoteCall.RunAsync(ct => client.GetMyselfAsync(ct), timeout, cancellationToken);
            if (myself.Value.Ok)
            {
                serverInfo = await RemoteCall.RunAsync(ct => client.GetServerInfoAsync(ct), timeout, cancellationToken);
            }
        }

        var cloud = CloudCheck(connection, serverInfo, timeout);
        if (cloud.Outcome == CheckOutcome.Failed)
        {
            return new ConnectionCheckReport([https, cloud, Skipped(Credentials, "Not checked: the site must answer as Jira Cloud first."),
                Skipped(Administer, "Not checked: the site must answer as Jira Cloud first.")]);
        }

        myself ??= await RemoteCall.RunAsync(ct => client.GetMyselfAsync(ct), timeout, cancellationToken);
        var credentials = CredentialsCheck(connection, myself.Value, timeout);
        if (credentials.Outcome != CheckOutcome.Passed)
        {
            return new ConnectionCheckReport([https, cloud, credentials,
                Skipped(Administer, "Not checked: the credentials must work first.")]);
        }

        var permissions = await RemoteCall.RunAsync(ct => client.GetMyPermissionsAsync(AdministerKey, cancellationToken: ct),
            timeout, cancellationToken);
        return new ConnectionCheckReport([https, cloud, credentials, AdministerCheck(connection, permissions, timeout)]);
    }

    private static ConnectionCheck[] SkipAll(string why) =>
    [
        Skipped(JiraCloud, $"Not checked: {why}."),
        Skipped(Credentials, $"Not checked: {why}."),
        Skipped(Administer, $"Not checked: {why}."),
    ];

    private static ConnectionCheck CloudCheck(Connection connection, RemoteResult<JiraServerInfo> result, TimeSpan timeout)
    {
        if (result.Value is { } info)
        {
            return info.IsCloud
                ? Passed(JiraCloud, $"The site answers as Jira Cloud ({info.ServerTitle ?? "Jira"} {info.Version}).")
                : Failed(JiraCloud, $"The site answers as Jira {info.DeploymentType ?? "(no deployment type)"} {info.Version}, not Jira Cloud. " +
                    $"Panorama connects Jira Cloud sites ({SiteUrl.Example}) only.");
        }

        if (result.Error?.Kind == JiraErrorKind.Unauthorized)
        {
            return Skipped(JiraCloud, "Not confirmed: Jira refused to describe the site without working credentials (see the credentials check).");
        }

        return Failed(JiraCloud, Describe(connection, result.Error, timeout));
    }

    private static ConnectionCheck CredentialsCheck(Connection connection, RemoteResult<JiraUser> result, TimeSpan timeout)
    {
        if (result.Value is { } user)
        {
            return user.Active == false
                ? Failed(Credentials, $"The technical user '{connection.Email}' is deactivated on site '{connection.Name}': reactivate it in Atlassian administration or connect another account.")
                : Passed(Credentials, $"Signed in as {user.DisplayName ?? connection.Email} ({user.EmailAddress ?? connection.Email}, account {user.AccountId}).");
        }

        return Failed(Credentials, result.Error?.Kind == JiraErrorKind.Unauthorized
            ? CheckMessages.TokenRejected(connection.Name, connection.Email)
            : Describe(connection, result.Error, timeout));
    }

    private static ConnectionCheck AdministerCheck(Connection connection, RemoteResult<IReadOnlyDictionary<string, JiraPermission>> result, TimeSpan timeout)
    {
        if (result.Value is { } permissions)
        {
            return permissions.TryGetValue("ADMINISTER", out var administer) && administer.HavePermission
                ? Passed(Administer, $"'{connection.Email}' holds the Administer Jira global permission.")
                : Failed(Administer, CheckMessages.NoAdminister(connection.Name, connection.Email));
        }

        return Failed(Administer, result.Error?.Kind == JiraErrorKind.Unauthorized
            ? CheckMessages.TokenRejected(connection.Name, connection.Email)
            : Describe(connection, result.Error, timeout));
    }

    private static string Describe(Connection connection, JiraException? error, TimeSpan timeout) => error is null
        ? CheckMessages.TimedOut(connection.Name, new Uri(connection.BaseUrl), timeout)
        : CheckMessages.Failure(connection.Name, new Uri(connection.BaseUrl), error);

    private static ConnectionCheck Passed(string name, string message) => ConnectionCheck.Passed(name, message);

    private static ConnectionCheck Failed(string name, string message) => ConnectionCheck.Failed(name, message);

    private static ConnectionCheck Skipped(string name, string message) => ConnectionCheck.Skipped(name, message);
}
