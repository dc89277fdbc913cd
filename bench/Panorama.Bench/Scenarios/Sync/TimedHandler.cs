using System.Collections.Concurrent;
using System.Diagnostics;

namespace Panorama.Bench.Scenarios.Sync;

/// <summary>
/// The simulator's webhook sender goes through this: it times each delivery until the host answers, which tells
/// whether a slow delivery waited in the receiver (storing it durably) or later in the worker.
/// </summary>
internal sealed class TimedHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentBag<double> _ms = [];

    public IReadOnlyList<double> Milliseconds => [.. _ms];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken);
        _ms.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return response;
    }
}
