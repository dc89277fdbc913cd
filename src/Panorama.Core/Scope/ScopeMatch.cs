namespace Panorama.Core.Scope;

/// <summary>Whether a task is in a scope, as far as Panorama can tell without Jira.</summary>
public enum ScopeMatch
{
    Out,
    In,

    /// <summary>The answer depends on JQL, which only Jira evaluates (SPEC 3.1: batched <c>id in (...)</c> queries).</summary>
    AskJira,
}
