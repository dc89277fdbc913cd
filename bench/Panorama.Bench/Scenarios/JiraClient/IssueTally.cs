namespace Panorama.Bench.Scenarios.JiraClient;

/// <summary>
/// What each reader takes from every issue (id, key, summary, status category, updated), summed so both readers can be
/// checked to have read the same issues and the work cannot be optimised away.
/// </summary>
internal sealed class IssueTally
{
    public long Issues { get; private set; }

    public long Pages { get; set; }

    /// <summary>Bytes of JSON read (only the raw reader counts them).</summary>
    public long Bytes { get; set; }

    public long IdSum { get; private set; }

    public long TextLength { get; private set; }

    public long Done { get; private set; }

    public long UpdatedTicks { get; private set; }

    public void Add(long id, string? key, string? summary, string? statusCategory, DateTimeOffset? updated)
    {
        Issues++;
        IdSum += id;
        TextLength += (key?.Length ?? 0) + (summary?.Length ?? 0);
        Done += statusCategory == "done" ? 1 : 0;
        UpdatedTicks ^= updated?.UtcTicks ?? 0;
    }

    /// <summary>Issues counted but not read (the raw reader).</summary>
    public void AddUnread(int count) => Issues += count;

    public bool SameAs(IssueTally other) =>
        (Issues, IdSum, TextLength, Done, UpdatedTicks) == (other.Issues, other.IdSum, other.TextLength, other.Done, other.UpdatedTicks);
}
