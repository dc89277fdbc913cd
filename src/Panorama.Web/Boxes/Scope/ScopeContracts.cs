using System.ComponentModel.DataAnnotations;

namespace Panorama.Web.Boxes.Scope;

/// <summary>
/// One integration of a box's scope: a connection with projects and/or JQL (OR-ed) and an optional narrowing JQL
/// (AND-ed). <c>evaluatedByJira</c>: JQL takes part, so membership is Jira's answer (kept by the sync engine);
/// <c>query</c> is the JQL the sync engine sends.
/// </summary>
public sealed record ScopeIntegrationResponse(
    Guid Id,
    Guid ConnectionId,
    string Site,
    bool Primary,
    string Status,
    bool Stale,
    IReadOnlyList<string> Projects,
    string? Jql,
    string? NarrowingJql,
    bool EvaluatedByJira,
    string Query);

public sealed record ScopeResponse(IReadOnlyList<ScopeIntegrationResponse> Integrations);

/// <summary>
/// <i>Add integration -&gt; Jira Cloud -&gt; connection -&gt; Add</i>: the connection by name or id, then projects
/// and/or JQL and an optional narrowing JQL. <c>type</c> is <c>jiraCloud</c> (the only kind there is).
/// </summary>
public sealed record AddIntegrationRequest(
    [Required, StringLength(100)] string Connection,
    IReadOnlyList<string>? Projects = null,
    [StringLength(4000)] string? Jql = null,
    [StringLength(4000)] string? NarrowingJql = null,
    [StringLength(20)] string? Type = null);

/// <summary>New projects, JQL and narrowing JQL for an integration (each replaces the old value; null clears it).</summary>
public sealed record UpdateIntegrationRequest(
    IReadOnlyList<string>? Projects = null,
    [StringLength(4000)] string? Jql = null,
    [StringLength(4000)] string? NarrowingJql = null);

/// <summary>A connection offered by the Add integration dialog; <c>integrationId</c> is set when the box already has one for it.</summary>
public sealed record ScopeConnectionResponse(Guid Id, string Name, bool Primary, string Status, Guid? IntegrationId);
