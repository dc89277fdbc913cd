namespace Panorama.Web.Components.Admin.Users;

/// <summary>What an administrator can do to one user from the users page.</summary>
public enum UserAction
{
    Disable,
    Enable,
    MakeAdministrator,
    RemoveAdministrator,
    ResetPassword,
    Delete,
}
