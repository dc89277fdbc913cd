namespace Panorama.Core.Scheduling.ChangeSets;

/// <summary>
/// Rule 17 (SPEC 2): a change that touches more than 100 tasks at once, or moves a date outside 1990-01-01 ..
/// 2100-12-31, needs an explicit confirmation. Such dates are almost always a slip (a lag typed as 1000, a year
/// typed as 2206), and a wide change is expensive to take back once Jira has sent notifications.
/// </summary>
public static class ChangeSetRules
{
    public const int MaxTasksWithoutConfirmation = 100;

    public static DateOnly EarliestDate { get; } = new(1990, 1, 1);

    public static DateOnly LatestDate { get; } = new(2100, 12, 31);

    public static IReadOnlyList<ConfirmationReason> Evaluate<TId>(IReadOnlyCollection<ScheduledDateChange<TId>> changes)
        where TId : notnull
    {
        var reasons = new List<ConfirmationReason>();
        if (changes.Count > MaxTasksWithoutConfirmation)
        {
            reasons.Add(new(
                ConfirmationReasonKind.TooManyTasks,
                $"This change moves {changes.Count} tasks; more than {MaxTasksWithoutConfirmation} at once needs confirmation."));
        }

        var outside = changes.Where(c => IsOutside(c.NewStart) || IsOutside(c.NewEnd)).ToList();
        if (outside.Count > 0)
        {
            const int Named = 5;
            var named = string.Join(", ", outside.Take(Named).Select(c => $"'{c.TaskId}' to {c.NewStart:yyyy-MM-dd} .. {c.NewEnd:yyyy-MM-dd}"));
            var more = outside.Count > Named ? $" and {outside.Count - Named} more" : "";
            reasons.Add(new(
                ConfirmationReasonKind.DateOutOfRange,
                $"This change moves {named}{more}: outside {EarliestDate:yyyy-MM-dd} .. {LatestDate:yyyy-MM-dd}, which needs confirmation."));
        }

        return reasons;
    }

    private static bool IsOutside(DateOnly date) => date < EarliestDate || date > LatestDate;
}
