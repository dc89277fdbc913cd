namespace Panorama.Web.Auth.SignIn;

/// <summary>How a sign-in attempt ended. Failed covers unknown e-mail, wrong password and disabled account alike.</summary>
public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}
