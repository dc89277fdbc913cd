using System.Globalization;
using Panorama.Core.Dependencies;
using Panorama.Core.Scheduling.Calendars;

namespace Panorama.Core.Scheduling.Files;

/// <summary>Checks a schedule file and names every task or link at fault, all problems at once.</summary>
internal static class ScheduleFileValidator
{
    // "Mon" .. "Sun" as in SPEC 4.5, and the full names.
    private static readonly Dictionary<string, DayOfWeek> Weekdays = Enum.GetValues<DayOfWeek>()
        .SelectMany(day => new[] { (Name: day.ToString(), Day: day), (Name: day.ToString()[..3], Day: day) })
        .ToDictionary(x => x.Name, x => x.Day, StringComparer.OrdinalIgnoreCase);

    public static ScheduleFileInput? Validate(ScheduleFileDocument document, out List<string> errors)
    {
        errors = [];
        var start = ReadStart(document.Start, errors);
        var calendar = ReadCalendar(document.Calendar, errors);
        if (document.Tasks is null)
        {
            errors.Add("\"tasks\" is missing: list the tasks, e.g. [{ \"id\": \"A\", \"duration\": 3 }].");
        }

        if (start is null || calendar is null)
        {
            return null;
        }

        var timeline = new ScheduleTimeline(calendar, start.Value);
        var tasks = ReadTasks(document.Tasks ?? [], timeline, errors);
        var links = ReadLinks(document.Links ?? [], tasks, errors);
        if (errors.Count > 0)
        {
            return null;
        }

        if (!ScheduleNetwork.TryCreate(tasks.Values, links, out var network, out var problems, StringComparer.Ordinal))
        {
            errors.AddRange(problems.Select(p => p.Message));
            return null;
        }

        return new ScheduleFileInput(timeline, network);
    }

    private static DateOnly? ReadStart(string? start, List<string> errors)
    {
        if (start is null)
        {
            errors.Add("\"start\" is missing: give the project start as YYYY-MM-DD.");
            return null;
        }

        return ReadDate(start, "\"start\"", errors);
    }

    private static WorkingCalendar? ReadCalendar(ScheduleFileCalendar? calendar, List<string> errors)
    {
        if (calendar is null)
        {
            return WorkingCalendar.Standard;
        }

        var count = errors.Count;
        var days = new List<DayOfWeek>();
        var names = calendar.WorkingDays ?? ["Mon", "Tue", "Wed", "Thu", "Fri"];
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] is { } name && Weekdays.TryGetValue(name.Trim(), out var day))
            {
                days.Add(day);
            }
            else
            {
                errors.Add($"calendar.workingDays[{i}] is '{names[i]}', which is not a weekday; use Mon, Tue, Wed, Thu, Fri, Sat or Sun.");
            }
        }

        if (names.Count == 0)
        {
            errors.Add("calendar.workingDays is empty: a calendar needs at least one working day.");
        }

        var holidays = new List<DateOnly>();
        var given = calendar.Holidays ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            if (ReadDate(given[i], $"calendar.holidays[{i}]", errors) is { } holiday)
            {
                holidays.Add(holiday);
            }
        }

        return errors.Count > count ? null : new WorkingCalendar(days, holidays);
    }

    private static Dictionary<string, ScheduleTask<string>> ReadTasks(IReadOnlyList<ScheduleFileTask?> given, ScheduleTimeline timeline, List<string> errors)
    {
        var tasks = new Dictionary<string, ScheduleTask<string>>(StringComparer.Ordinal);
        for (var i = 0; i < given.Count; i++)
        {
            var task = given[i];
            if (task?.Id is not { Length: > 0 } id || string.IsNullOrWhiteSpace(id))
            {
                errors.Add($"tasks[{i}] has no \"id\".");
                continue;
            }

            var name = $"Task '{id}'";
            if (tasks.ContainsKey(id))
            {
                errors.Add($"{name} appears more than once (again at tasks[{i}]); task ids must be unique.");
                continue;
            }

            var mode = ReadMode(task.Mode, name, errors);
            var done = task.Done ?? false;
            int? start = null;
            if (mode != ScheduleMode.Auto || done)
            {
                var why = done ? "done" : mode.ToString().ToLowerInvariant();
                if (task.StartDate is null)
                {
                    errors.Add($"{name} is {why} but has no \"startDate\": a {why} task keeps the dates it is given.");
                }
                else if (ReadDate(task.StartDate, $"{name}'s \"startDate\"", errors) is { } date)
                {
                    start = timeline.ToOffset(date);
                }
            }

            switch (task.Duration)
            {
                case null:
                    errors.Add($"{name} has no \"duration\" (working days; 0 for a milestone).");
                    break;
                case < 0:
                    errors.Add($"{name} has a negative duration ({task.Duration}); use 0 for a milestone.");
                    break;
            }

            tasks[id] = new ScheduleTask<string>(id, Math.Max(0, task.Duration ?? 0), mode, start, done);
        }

        return tasks;
    }

    private static ScheduleMode ReadMode(string? mode, string name, List<string> errors)
    {
        switch (mode?.Trim().ToLowerInvariant())
        {
            case null or "auto":
                return ScheduleMode.Auto;
            case "manual":
                return ScheduleMode.Manual;
            case "locked":
                return ScheduleMode.Locked;
            default:
                errors.Add($"{name} has mode '{mode}'; use auto, manual or locked.");
                return ScheduleMode.Auto;
        }
    }

    private static List<ScheduleLink<string>> ReadLinks(IReadOnlyList<ScheduleFileLink?> given, Dictionary<string, ScheduleTask<string>> tasks, List<string> errors)
    {
        var links = new List<ScheduleLink<string>>();
        for (var i = 0; i < given.Count; i++)
        {
            var link = given[i];
            var name = $"links[{i}] ({link?.From ?? "?"} -> {link?.To ?? "?"})";
            var count = errors.Count;
            foreach (var (end, id) in new[] { ("from", link?.From), ("to", link?.To) })
            {
                if (string.IsNullOrWhiteSpace(id))
                {
                    errors.Add($"{name} has no \"{end}\".");
                }
                else if (!tasks.ContainsKey(id))
                {
                    errors.Add($"{name} names task '{id}' in \"{end}\", which is not in \"tasks\".");
                }
            }

            var type = DependencyType.FS;
            if (link?.Type is { } typeName && !TryParseName(typeName, out type))
            {
                errors.Add($"{name} has type '{link?.Type}'; use FS, SS, FF or SF.");
            }

            var strength = DependencyStrength.Strong;
            if (link?.Strength is { } strengthName && !TryParseName(strengthName, out strength))
            {
                errors.Add($"{name} has strength '{link?.Strength}'; use strong or soft.");
            }

            if (errors.Count == count)
            {
                links.Add(new(link!.From!, link.To!, type, link.Lag ?? 0, strength));
            }
        }

        return links;
    }

    /// <summary>An enum member by name only (Enum.TryParse would also take "1").</summary>
    private static bool TryParseName<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => n.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase));
        value = name is null ? default : Enum.Parse<TEnum>(name);
        return name is not null;
    }

    private static DateOnly? ReadDate(string? text, string what, List<string> errors)
    {
        if (DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add($"{what} is '{text}', which is not a date; write it as YYYY-MM-DD.");
        return null;
    }
}
