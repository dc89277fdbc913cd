namespace Panorama.Core.Connections;

/// <summary>How one connection check ended.</summary>
public enum CheckOutcome
{
    Passed,
    Failed,

    /// <summary>Not run, because an earlier check failed or it does not apply (the message says which).</summary>
    Skipped,

    /// <summary>Done, but something needs attention (e.g. a webhook URL Jira Cloud cannot reach).</summary>
    Warning,
}

/// <summary>
/// One check of rule 2, reported on its own: <see cref="Name"/> is stable for clients (<see cref="ConnectionCheckNames"/>),
/// <see cref="Message"/> says what was found and, when it failed, what to fix. Never holds a secret.
/// </summary>
public sealed record ConnectionCheck(string Name, CheckOutcome Outcome, string Message)
{
    public static ConnectionCheck Passed(string name, string message) => new(name, CheckOutcome.Passed, message);

    public static ConnectionCheck Failed(string name, string message) => new(name, CheckOutcome.Failed, message);

    public static ConnectionCheck Skipped(string name, string message) => new(name, CheckOutcome.Skipped, message);
}

/// <summary>The checks, in the order they run.</summary>
public static class ConnectionCheckNames
{
    /// <summary>The URL is https (loopback http only when allowed).</summary>
    public const string Https = "https";

    /// <summary><c>serverInfo</c> answers with <c>deploymentType: Cloud</c>.</summary>
    public const string JiraCloud = "jira-cloud";

    /// <summary><c>myself</c> accepts the e-mail and API token.</summary>
    public const string Credentials = "credentials";

    /// <summary><c>mypermissions</c> says the technical user holds ADMINISTER.</summary>
    public const string Administer = "administer";

    /// <summary>The admin webhook is registered (or is not needed yet, or is registered by hand).</summary>
    public const string Webhook = "webhook";

    /// <summary>A connection is valid only when each of these passed (rule 2); a webhook problem is reported, not fatal.</summary>
    public static IReadOnlyList<string> Required { get; } = [Https, JiraCloud, Credentials, Administer];
}

/// <summary>Every check of one run, and what they mean for the connection's status.</summary>
public sealed record ConnectionCheckReport(IReadOnlyList<ConnectionCheck> Checks)
{
    /// <summary>True when every required check passed.</summary>
    public bool Valid => ConnectionCheckNames.Required.All(name =>
        Checks.Any(c => c.Name == name && c.Outcome == CheckOutcome.Passed));

    /// <summary>Why the connection is invalid: the first required check that did not pass; null when valid.</summary>
    public string? Reason => Valid
        ? null
        : Checks.FirstOrDefault(c => ConnectionCheckNames.Required.Contains(c.Name) && c.Outcome == CheckOutcome.Failed)?.Message
          ?? "The connection checks did not complete: test the connection again.";

    public ConnectionCheck? this[string name] => Checks.FirstOrDefault(c => c.Name == name);

    public ConnectionCheckReport With(ConnectionCheck check) => new([.. Checks.Where(c => c.Name != check.Name), check]);
}
