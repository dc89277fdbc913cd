namespace Panorama.Data.Accounts;

/// <summary>The application-wide roles. Role names are stored, so they never change once released.</summary>
public static class PanoramaRoles
{
    /// <summary>
    /// Application administrator: App Configuration (connections, mappings, users, audit), and box admin on every box.
    /// </summary>
    public const string ApplicationAdministrator = "ApplicationAdministrator";
}
