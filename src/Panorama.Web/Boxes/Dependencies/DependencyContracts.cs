using System.ComponentModel.DataAnnotations;

namespace Panorama.Web.Boxes.Dependencies;

/// <summary>
/// A new dependency between two tasks of a box (named as <c>alpha/OPS-12</c> or by their ids): <c>type</c> FS
/// (default), SS, FF or SF; <c>lag</c> in working days (negative: lead); <c>strength</c> strong (default) or soft.
/// </summary>
public sealed record CreateDependencyRequest(
    Guid BoxId,
    [Required, StringLength(200)] string Predecessor,
    [Required, StringLength(200)] string Successor,
    [StringLength(2)] string? Type = null,
    [Range(-10_000, 10_000)] int Lag = 0,
    [StringLength(10)] string? Strength = null);

/// <summary>
/// A dependency as created or deleted. <c>origin</c> synced: a Jira issue link is being created (or deleted) through
/// the write-back outbox as change <c>changeId</c>; the dependency shows in the box once Jira has it. appOnly: stored
/// in Panorama, <c>id</c> names it.
/// </summary>
public sealed record DependencyResponse(
    string? Id,
    string Origin,
    string From,
    string To,
    string Type,
    int Lag,
    string Strength,
    string? LinkType,
    Guid? ChangeId);
