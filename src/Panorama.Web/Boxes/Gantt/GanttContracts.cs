using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Panorama.Web.Boxes.Hierarchy;

namespace Panorama.Web.Boxes.Gantt;

/// <summary>
/// The whole box for the Gantt chart: every task with its dates (end inclusive), mode, critical flag and stale flag
/// (rule 5), the dependencies among them (synced from Jira links, app-only from Panorama), and the conflicts: strong
/// dependencies the current dates break. <c>problem</c> names a cycle of strong dependencies when there is one
/// (then nothing is critical). <c>version</c> changes whenever the box's snapshot does.
/// </summary>
public sealed record GanttResponse(
    Guid BoxId,
    CalendarResponse Calendar,
    DateOnly? Start,
    DateOnly? Finish,
    IReadOnlyList<GanttTaskResponse> Tasks,
    IReadOnlyList<GanttDependencyResponse> Dependencies,
    IReadOnlyList<GanttConflictResponse> Conflicts,
    string? Problem,
    IReadOnlyList<BoxSiteResponse> Sites,
    long Version);

/// <summary>
/// A task bar. To keep a 100,000-task payload small, what is usual is left out: <c>start</c>, <c>end</c>,
/// <c>progress</c> and <c>totalFloat</c> (working days) when there is none (no dates: not scheduled); <c>mode</c>
/// when it is auto (else manual or locked); <c>done</c>, <c>critical</c> and <c>stale</c> when false.
/// </summary>
public sealed record GanttTaskResponse(
    string Id,
    string Key,
    string Summary,
    string Site,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? Start,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? End,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Progress,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Mode,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Done,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Critical,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? TotalFloat,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Stale);

/// <summary>A dependency arrow: <c>origin</c> synced (a Jira link, <c>linkType</c> its type id) or appOnly.</summary>
public sealed record GanttDependencyResponse(
    string Id,
    string From,
    string To,
    string Type,
    int Lag,
    string Strength,
    string Origin,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LinkType);

/// <summary>A broken dependency: <c>to</c> would have to start <c>amount</c> working days later.</summary>
public sealed record GanttConflictResponse(string From, string To, string Type, int Lag, int Amount, string Message);

public sealed record CalendarResponse(IReadOnlyList<string> WorkingDays, IReadOnlyList<DateOnly> Holidays);

/// <summary>The box's working calendar: weekdays (Mon..Sun) and holidays; default Mon-Fri, no holidays.</summary>
public sealed record CalendarRequest([Required] IReadOnlyList<string> WorkingDays, IReadOnlyList<DateOnly>? Holidays = null);

/// <summary>A task's scheduling mode in this box: auto (default), manual or locked.</summary>
public sealed record TaskModeRequest([Required, StringLength(200)] string Task, [Required, StringLength(10)] string Mode);

/// <summary>
/// Move (or resize) one task: a new start and, optionally, a new end (inclusive) or a new duration in working days;
/// without either the task keeps its duration. Auto tasks that depend on it follow (SPEC 3.5).
/// </summary>
public sealed record GanttMoveRequest(
    [Required, StringLength(200)] string Task,
    DateOnly Start,
    DateOnly? End = null,
    [Range(0, 100_000)] int? Duration = null);

/// <summary>
/// Every date the move changes (one change set), the conflicts it leaves, and whether rule 17 asks for confirmation.
/// <c>applied</c>: sent to the write-back outbox as change <c>changeId</c> (see <c>/api/changes/{changeId}</c>).
/// </summary>
public sealed record GanttMoveResponse(
    bool Applied,
    Guid? ChangeId,
    IReadOnlyList<GanttDateChangeResponse> Changes,
    IReadOnlyList<GanttConflictResponse> Conflicts,
    bool RequiresConfirmation,
    IReadOnlyList<string> ConfirmationReasons);

public sealed record GanttDateChangeResponse(string Task, string Key, string Site, DateOnly OldStart, DateOnly OldEnd, DateOnly NewStart, DateOnly NewEnd);

/// <summary>Serialisation of the Gantt payload without reflection (the payload of a big box is tens of megabytes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(GanttResponse))]
internal sealed partial class GanttJsonContext : JsonSerializerContext;
