using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Panorama.Bench.Scenarios.Sync;

/// <summary>
/// The simulator's webhook sender goes through this: it tells the probe when the delivery for an issue leaves for the
/// host (SPEC's "webhook received", give or take a loopback hop) and times each delivery until the host answers.
/// </summary>
internal sealed class TimedHandler(Action<long> sending) : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentBag<double> _ms = [];

    public IReadOnlyList<double> Milliseconds => [.. _ms];

    /// <summary>Forgets the timings so far (the warm-up's).</summary>
    public void Reset() => _ms.Clear();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null && IssueId(await request.Content.ReadAsByteArrayAsync(cancellationToken)) is { } issueId)
        {
            sending(issueId);
        }

        var start = Stopwatch.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken);
        _ms.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return response;
    }

    private static long? IssueId(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("issue", out var issue) && issue.TryGetProperty("id", out var id)
            && long.TryParse(id.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : null;
    }
}
