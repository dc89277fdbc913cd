namespace Panorama.Web.Auth;

/// <summary>
/// Authorization policy names. Every endpoint without one still needs a signed-in user (the fallback policy);
/// open endpoints say <c>AllowAnonymous()</c>.
/// </summary>
public static class AuthPolicies
{
    /// <summary>Application administrators only: App Configuration (connections, mappings, users, audit).</summary>
    public const string AppAdmin = "AppAdmin";

    /// <summary>At least viewer of the box given as the resource (a box id): see <see cref="Boxes.BoxRoleRequirement"/>.</summary>
    public const string BoxViewer = "BoxViewer";

    /// <summary>At least editor of the box given as the resource.</summary>
    public const string BoxEditor = "BoxEditor";

    /// <summary>Box admin of the box given as the resource.</summary>
    public const string BoxAdmin = "BoxAdmin";
}
