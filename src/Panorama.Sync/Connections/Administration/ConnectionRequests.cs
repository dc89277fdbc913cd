namespace Panorama.Sync.Connections.Administration;

/// <summary>
/// A new connection (rule 2): name, site URL, the technical user's e-mail and API token. <see cref="Primary"/> null
/// makes the first connection primary and any later one secondary; <see cref="ManageWebhook"/> false means the
/// administrator registers the webhook by hand.
/// </summary>
public sealed record NewConnection(string? Name, string? Url, string? Email, string? ApiToken, bool? Primary = null, bool ManageWebhook = true)
{
    public override string ToString() => $"NewConnection {{ Name = {Name}, Url = {Url}, Email = {Email}, ApiToken = ***, Primary = {Primary}, ManageWebhook = {ManageWebhook} }}";
}

/// <summary>Changes to a connection; null leaves a value as it is. The token is replaced separately.</summary>
public sealed record ConnectionEdit(string? Name = null, string? Url = null, string? Email = null, bool? ManageWebhook = null);
