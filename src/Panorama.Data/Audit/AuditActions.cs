namespace Panorama.Data.Audit;

/// <summary>
/// The action names in the audit log, as <c>noun.verb</c>. Names are stored and filtered on, so they never change;
/// features add their own here (<c>connection.updated</c>, <c>jira.write</c>...).
/// </summary>
public static class AuditActions
{
    public const string SignInSucceeded = "signin.succeeded";
    public const string SignInFailed = "signin.failed";
    public const string SignInLockedOut = "signin.lockedout";
    public const string SignedOut = "signout";

    public const string UserCreated = "user.created";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserDeleted = "user.deleted";
    public const string UserPasswordReset = "user.password-reset";
    public const string UserPasswordChanged = "user.password-changed";
    public const string UserRoleChanged = "user.role-changed";

    public const string TokenCreated = "token.created";
    public const string TokenRevoked = "token.revoked";

    public const string ConnectionCreated = "connection.created";
    public const string ConnectionUpdated = "connection.updated";
    public const string ConnectionDeleted = "connection.deleted";
    public const string ConnectionValid = "connection.valid";
    public const string ConnectionInvalid = "connection.invalid";
    public const string ConnectionTokenReplaced = "connection.token-replaced";
    public const string ConnectionPrimaryChanged = "connection.primary-changed";
    public const string ConnectionFieldMappingChanged = "connection.field-mapping-changed";
    public const string ConnectionDependencyMappingChanged = "connection.dependency-mapping-changed";
    public const string ConnectionWebhookChanged = "connection.webhook-changed";

    /// <summary>A write to Jira (rule 17): the details hold each field's old and new value.</summary>
    public const string JiraWrite = "jira.write";
}
