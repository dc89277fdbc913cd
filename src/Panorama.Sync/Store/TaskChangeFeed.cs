using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Panorama.Core.Tasks;

namespace Panorama.Sync.Store;

/// <summary>
/// The in-process <see cref="ITaskChangeFeed"/>: every committed write of the task store is published here right
/// after its commit. Two writers may publish in either order; a subscriber that cares compares
/// <see cref="TaskChangeBatch.ChangeVersion"/>. A subscriber that throws is logged and keeps its subscription.
/// </summary>
public sealed partial class TaskChangeFeed(ILogger<TaskChangeFeed> logger) : ITaskChangeFeed
{
    private ImmutableArray<Action<TaskChangeBatch>> _subscribers = [];

    public IDisposable Subscribe(Action<TaskChangeBatch> onChanged)
    {
        ImmutableInterlocked.Update(ref _subscribers, list => list.Add(onChanged));
        return new Subscription(this, onChanged);
    }

    internal void Publish(TaskChangeBatch batch)
    {
        foreach (var subscriber in _subscribers)
        {
            try
            {
                subscriber(batch);
            }
            catch (Exception ex)
            {
                LogSubscriberFailed(logger, ex, batch.ConnectionId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A task change subscriber failed for connection {ConnectionId}")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception exception, Guid connectionId);

    private sealed class Subscription(TaskChangeFeed feed, Action<TaskChangeBatch> onChanged) : IDisposable
    {
        public void Dispose() => ImmutableInterlocked.Update(ref feed._subscribers, list => list.Remove(onChanged));
    }
}
