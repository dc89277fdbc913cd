using System.ComponentModel.DataAnnotations;

namespace Panorama.Web.Boxes.Tasks;

/// <summary>
/// A new task. It is always created in the primary site (rule 14): <c>connection</c> may be left out or name the
/// primary; naming a secondary site is refused. <c>project</c> must be in the box's scope on the primary site.
/// </summary>
public sealed record CreateTaskRequest(
    [Required, StringLength(255)] string Summary,
    [Required, StringLength(64)] string Project,
    [StringLength(60)] string? IssueType = null,
    [StringLength(100)] string? Connection = null,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null,
    [StringLength(64)] string? Parent = null);

/// <summary>The creation is on its way through the write-back outbox: follow it at <c>location</c>.</summary>
public sealed record CreateTaskResponse(Guid ChangeId, string State, string Site, string Project, string Location);
