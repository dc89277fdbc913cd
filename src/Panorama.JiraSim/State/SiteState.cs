using Panorama.JiraSim.Model;
using Panorama.JiraSim.Rendering;

namespace Panorama.JiraSim.State;

/// <summary>
/// Everything of one site that changes: issues, links, screens, webhooks. One reader-writer lock guards it all:
/// REST reads (and their JSON rendering) share the read lock, every change takes the write lock. Nothing awaits while
/// holding it.
/// </summary>
internal sealed class SiteState : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);

    public Dictionary<long, SimIssue> IssuesById { get; } = [];

    /// <summary>Shared by every issue's render cache; set from <see cref="SimulatorOptions.RenderCacheMegabytesPerSite"/>.</summary>
    public RenderBudget RenderBudget { get; init; } = new(256L << 20);

    public Dictionary<string, SimIssue> IssuesByKey { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<long, SimLink> Links { get; } = [];

    /// <summary>Per project id, the field ids on its edit (and create) screen.</summary>
    public Dictionary<long, HashSet<string>> Screens { get; } = [];

    public Dictionary<long, WebhookRegistration> Webhooks { get; } = [];

    public Dictionary<long, int> NextIssueNumber { get; } = [];

    public long NextIssueId { get; set; }

    public long NextLinkId { get; set; }

    public long NextChangeId { get; set; }

    public long NextWebhookId { get; set; } = 1;

    /// <summary>Bumped by every change; search cursors compare it to know their snapshot is stale.</summary>
    public long Version { get; set; }

    public ReadScope Read()
    {
        _lock.EnterReadLock();
        return new ReadScope(_lock);
    }

    public WriteScope Write()
    {
        _lock.EnterWriteLock();
        return new WriteScope(_lock);
    }

    public SimIssue? Find(string idOrKey) =>
        long.TryParse(idOrKey, out var id) ? IssuesById.GetValueOrDefault(id) : IssuesByKey.GetValueOrDefault(idOrKey);

    public void Dispose() => _lock.Dispose();

    public readonly struct ReadScope(ReaderWriterLockSlim gate) : IDisposable
    {
        public void Dispose() => gate.ExitReadLock();
    }

    public readonly struct WriteScope(ReaderWriterLockSlim gate) : IDisposable
    {
        public void Dispose() => gate.ExitWriteLock();
    }
}
