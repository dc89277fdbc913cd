using Panorama.Core.Tasks;

namespace Panorama.Testing.Tasks;

/// <summary>A task change feed a test publishes to, as the sync engine would after writing tasks.</summary>
public sealed class FakeTaskChangeFeed : ITaskChangeFeed
{
    private readonly List<Action<TaskChangeBatch>> _subscribers = [];

    public int SubscriberCount
    {
        get
        {
            lock (_subscribers)
            {
                return _subscribers.Count;
            }
        }
    }

    public IDisposable Subscribe(Action<TaskChangeBatch> onChanged)
    {
        lock (_subscribers)
        {
            _subscribers.Add(onChanged);
        }

        return new Subscription(() =>
        {
            lock (_subscribers)
            {
                _subscribers.Remove(onChanged);
            }
        });
    }

    public void Publish(TaskChangeBatch batch)
    {
        Action<TaskChangeBatch>[] subscribers;
        lock (_subscribers)
        {
            subscribers = [.. _subscribers];
        }

        foreach (var subscriber in subscribers)
        {
            subscriber(batch);
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
