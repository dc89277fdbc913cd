namespace Panorama.Data.Boxes;

/// <summary>
/// One issue that Jira says matches a scope integration's JQL. Contract with the sync engine (also in
/// <c>Boxes/README.md</c>):
/// <list type="bullet">
/// <item>For every integration whose <c>ScopeIntegration.NeedsJira</c> is true (it has a JQL filter or a narrowing
/// JQL), the sync engine keeps here exactly the issues of the integration's connection that match
/// <c>ScopeIntegration.ToJql()</c>: all of them after an import, and after each change it asks Jira
/// (<c>ScopeJql.Membership</c>) and inserts or deletes rows. Project-only integrations have no rows: boxes evaluate
/// them locally.</item>
/// <item>Every inserted or rewritten row takes a <see cref="ChangeVersion"/> from the same increasing sequence as
/// the task rows; deleting a row needs nothing more. Box snapshots compare the table's highest version and row
/// count with what they loaded, so either change is seen on the next read.</item>
/// <item>Rows go away with their integration (cascade); Boxes never write this table except through that cascade.</item>
/// </list>
/// </summary>
public sealed class ScopeMembershipRecord
{
    public Guid IntegrationId { get; set; }

    public long IssueId { get; set; }

    /// <summary>The integration's connection, repeated so the sync engine can find a site's rows without a join.</summary>
    public Guid ConnectionId { get; set; }

    public long ChangeVersion { get; set; }
}
