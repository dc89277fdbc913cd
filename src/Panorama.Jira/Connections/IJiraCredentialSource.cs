namespace Panorama.Jira.Connections;

/// <summary>
/// Hands the client the credential of a connection when it sends a request. The connections feature implements it
/// (decrypting the stored token); the client asks on every request, so a rotated token is used at once.
/// </summary>
public interface IJiraCredentialSource
{
    ValueTask<JiraCredential> GetAsync(Guid connectionId, CancellationToken cancellationToken);
}
