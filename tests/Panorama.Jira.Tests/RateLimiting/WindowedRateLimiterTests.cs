using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using Panorama.Jira.RateLimiting;

namespace Panorama.Jira.Tests.RateLimiting;

public sealed class WindowedRateLimiterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    [Fact]
    public async Task AcquireAsync_ShouldGrantTheLimitAtOnce_ThenTheNextExactlyWhenTheOldestLeavesTheWindow()
    {
        var time = new FakeTimeProvider();
        using var limiter = new WindowedRateLimiter([new RateWindow(3, TimeSpan.FromSeconds(1))], time);
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await limiter.AcquireAsync(1, Ct)).IsAcquired);
        }

        var fourth = limiter.AcquireAsync(1, Ct).AsTask();
        time.Advance(Ms(999));
        Assert.False(fourth.IsCompleted);
        Assert.Equal(1, limiter.GetStatistics().CurrentQueuedCount);
        time.Advance(Ms(1));

        Assert.True((await fourth.WaitAsync(TimeSpan.FromSeconds(10), Ct)).IsAcquired);
        Assert.Equal(0, limiter.GetStatistics().CurrentQueuedCount);
    }

    [Fact]
    public void AttemptAcquire_ShouldFail_WithTheWaitAsRetryAfter()
    {
        var time = new FakeTimeProvider();
        using var limiter = new WindowedRateLimiter([new RateWindow(2, TimeSpan.FromSeconds(2))], time);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        time.Advance(Ms(500));
        Assert.True(limiter.AttemptAcquire().IsAcquired);

        using var refused = limiter.AttemptAcquire();

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(Ms(1500), retryAfter);
    }

    [Fact]
    public async Task AcquireAsync_ShouldHonourEveryWindow()
    {
        var time = new FakeTimeProvider();
        using var limiter = new WindowedRateLimiter(
            [new RateWindow(2, TimeSpan.FromSeconds(1)), new RateWindow(3, TimeSpan.FromSeconds(10))], time);
        var granted = new List<TimeSpan>();
        var start = time.GetUtcNow();

        for (var i = 0; i < 5; i++)
        {
            var lease = limiter.AcquireAsync(1, Ct).AsTask();
            while (!lease.IsCompleted)
            {
                time.Advance(Ms(100));
            }

            Assert.True((await lease).IsAcquired);
            granted.Add(time.GetUtcNow() - start);
        }

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, Ms(1000), Ms(10_000), Ms(10_000)], granted);
    }

    [Fact]
    public async Task Pause_ShouldHoldEveryoneBack_UntilItEnds()
    {
        var time = new FakeTimeProvider();
        using var limiter = new WindowedRateLimiter([new RateWindow(100, TimeSpan.FromSeconds(1))], time);
        limiter.Pause(TimeSpan.FromSeconds(5));

        var waiting = limiter.AcquireAsync(1, Ct).AsTask();
        time.Advance(Ms(4999));
        Assert.False(waiting.IsCompleted);
        Assert.False(limiter.AttemptAcquire().IsAcquired);
        time.Advance(Ms(1));

        Assert.True((await waiting.WaitAsync(TimeSpan.FromSeconds(10), Ct)).IsAcquired);
    }

    [Fact]
    public async Task Waiters_ShouldBeServedFirstInFirstOut()
    {
        var time = new FakeTimeProvider();
        using var limiter = new WindowedRateLimiter([new RateWindow(1, TimeSpan.FromSeconds(1))], time);
        await limiter.AcquireAsync(1, Ct);
        var order = new List<int>();
        var waiters = Enumerable.Range(0, 4)
            .Select(i => limiter.AcquireAsync(1, Ct).AsTask().ContinueWith(_ => { lock (order) { order.Add(i); } }, Ct, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default))
            .ToList();

        for (var second = 1; second <= 4; second++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await waiters[second - 1].WaitAsync(TimeSpan.FromSeconds(10), Ct);
        }

        Assert.Equal([0, 1, 2, 3], order);
    }

    [Fact]
    public async Task ACancelledWaiter_ShouldLeaveTheQueue_WithoutTakingAPermit()
    {
        var time = new FakeTimeProvider();
        using var limiter = new WindowedRateLimiter([new RateWindow(1, TimeSpan.FromSeconds(1))], time);
        await limiter.AcquireAsync(1, Ct);
        using var cancel = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(1, cancel.Token).AsTask();
        var next = limiter.AcquireAsync(1, Ct).AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True((await next.WaitAsync(TimeSpan.FromSeconds(10), Ct)).IsAcquired);
        Assert.Equal(0, limiter.GetStatistics().CurrentQueuedCount);
    }

    [Fact]
    public async Task Restamp_ShouldCountThePermitFromTheMomentTheRequestLeaves()
    {
        var time = new FakeTimeProvider();
        using var limiter = new WindowedRateLimiter([new RateWindow(1, TimeSpan.FromSeconds(1))], time);
        var lease = await limiter.AcquireAsync(1, Ct);
        time.Advance(Ms(400));
        limiter.Restamp(lease);

        var next = limiter.AcquireAsync(1, Ct).AsTask();
        time.Advance(Ms(999));
        Assert.False(next.IsCompleted);
        time.Advance(Ms(1));

        Assert.True((await next.WaitAsync(TimeSpan.FromSeconds(10), Ct)).IsAcquired);
    }

    [Fact]
    public async Task TryRetire_ShouldOnlyRetireAnIdleLimiter_AndARetiredOneGrantsNothing()
    {
        var time = new FakeTimeProvider();
        using var limiter = new WindowedRateLimiter([new RateWindow(5, TimeSpan.FromSeconds(2))], time);
        await limiter.AcquireAsync(1, Ct);

        Assert.False(limiter.TryRetire());
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(limiter.TryRetire());
        Assert.Null(await limiter.AcquireOrRetiredAsync(1, Ct));
    }
}
