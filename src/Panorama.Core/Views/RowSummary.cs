namespace Panorama.Core.Views;

/// <summary>
/// A parent row's summary (SPEC 3.4) over the distinct tasks of its subtree, its own task included (a task shown
/// under two groups counts once): start = earliest start date, end = latest end date, and progress =
/// Σ(wᵢ·pᵢ) / Σwᵢ over the tasks that have a progress value pᵢ, where wᵢ is the task's original estimate when it
/// has a positive one, and otherwise the average original estimate of the estimated tasks among them (so an
/// unestimated task weighs like a typical one); when none is estimated every task weighs the same.
/// </summary>
public sealed record RowSummary(DateOnly? Start, DateOnly? End, double? Progress, int TaskCount);
