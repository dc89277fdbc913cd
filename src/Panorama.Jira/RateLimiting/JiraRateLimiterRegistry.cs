using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Panorama.Jira.RateLimiting;

/// <summary>
/// The process-wide limiter state (one instance per process, shared by every client and caller): a limiter per
/// (site, method, endpoint template), one per (site, issue) for writes, and a site-wide gate that only pauses. See
/// <c>RateLimiting/README.md</c>.
/// </summary>
public sealed class JiraRateLimiterRegistry : IDisposable
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, WindowedRateLimiter> _limiters = new(StringComparer.Ordinal);
    private readonly JiraRateLimitOptions _options;
    private readonly TimeProvider _time;
    private long _lastSweep;

    public JiraRateLimiterRegistry(IOptions<JiraRateLimitOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _lastSweep = time.GetTimestamp();
    }

    /// <summary>Requests waiting in any limiter: lets tests know when every caller is blocked.</summary>
    public long QueuedCount => _limiters.Values.Sum(l => l.GetStatistics().CurrentQueuedCount);

    /// <summary>
    /// Waits until the site is not paused, each written issue is under its write limits and the endpoint under its
    /// burst limit, then counts the request in all of them at the same instant.
    /// </summary>
    public async ValueTask<JiraRateLimitPermit> AcquireAsync(string siteKey, HttpMethod method, string template,
        IReadOnlyList<string> issuesWritten, CancellationToken cancellationToken)
    {
        SweepIfDue();
        var leases = new List<(WindowedRateLimiter Limiter, RateLimitLease Lease)>(issuesWritten.Count + 2);
        try
        {
            leases.Add(await AcquireAsync(SiteKey(siteKey), () => [], cancellationToken));
            foreach (var issue in issuesWritten.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                leases.Add(await AcquireAsync(IssueKey(siteKey, issue),
                    () => [_options.IssueShortWindow, _options.IssueLongWindow], cancellationToken));
            }

            leases.Add(await AcquireAsync(EndpointKey(siteKey, method, template),
                () => [new RateWindow(_options.PerSecondFor(method, template), _options.BurstWindow)], cancellationToken));

            // Permits taken early (while waiting for a later limiter) are moved to this instant, so every limiter
            // counts the request when it actually leaves.
            foreach (var (limiter, lease) in leases)
            {
                limiter.Restamp(lease);
            }

            return new JiraRateLimitPermit(leases.Select(l => l.Lease).ToList());
        }
        catch
        {
            foreach (var (_, lease) in leases)
            {
                lease.Dispose();
            }

            throw;
        }
    }

    /// <summary>Holds back the scope a 429 names for <paramref name="retryAfter"/>.</summary>
    public void Pause(string siteKey, JiraRateLimitScope scope, HttpMethod method, string template,
        IReadOnlyList<string> issuesWritten, TimeSpan retryAfter)
    {
        if (scope == JiraRateLimitScope.Issue && issuesWritten.Count > 0)
        {
            foreach (var issue in issuesWritten)
            {
                Get(IssueKey(siteKey, issue), () => [_options.IssueShortWindow, _options.IssueLongWindow]).Pause(retryAfter);
            }

            return;
        }

        var limiter = scope == JiraRateLimitScope.Site
            ? Get(SiteKey(siteKey), () => [])
            : Get(EndpointKey(siteKey, method, template),
                () => [new RateWindow(_options.PerSecondFor(method, template), _options.BurstWindow)]);
        limiter.Pause(retryAfter);
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }

        _limiters.Clear();
    }

    private static string SiteKey(string site) => $"{site} site";

    private static string IssueKey(string site, string issue) => $"{site} issue {issue.ToUpperInvariant()}";

    private static string EndpointKey(string site, HttpMethod method, string template) => $"{site} {method.Method} {template}";

    private async ValueTask<(WindowedRateLimiter, RateLimitLease)> AcquireAsync(string key, Func<RateWindow[]> windows,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            var limiter = Get(key, windows);
            if (await limiter.AcquireOrRetiredAsync(1, cancellationToken) is { } lease)
            {
                return (limiter, lease);
            }

            // Retired by a sweep between lookup and acquisition: a fresh limiter replaces it.
            _limiters.TryRemove(new KeyValuePair<string, WindowedRateLimiter>(key, limiter));
        }
    }

    private WindowedRateLimiter Get(string key, Func<RateWindow[]> windows) =>
        _limiters.GetOrAdd(key, static (_, state) => new WindowedRateLimiter(state.windows(), state.time),
            (windows, time: _time));

    /// <summary>Drops limiters of issues not written lately, so a long import does not keep 100,000 of them.</summary>
    private void SweepIfDue()
    {
        var last = Interlocked.Read(ref _lastSweep);
        if (_time.GetElapsedTime(last) < SweepInterval
            || Interlocked.CompareExchange(ref _lastSweep, _time.GetTimestamp(), last) != last)
        {
            return;
        }

        foreach (var (key, limiter) in _limiters)
        {
            if (limiter.TryRetire() && _limiters.TryRemove(new KeyValuePair<string, WindowedRateLimiter>(key, limiter)))
            {
                limiter.Dispose();
            }
        }
    }
}
