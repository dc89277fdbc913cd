using System.Collections.Concurrent;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>
/// The client's primary handler in these tests: a real socket to the simulator, noting every exchange (method, path,
/// query, request body, status, <c>Retry-After</c>, answer body) so a test can see what crossed the wire: each page and
/// its token, batch sizes, retries and when each was sent (on <paramref name="time"/>, real time by default).
/// </summary>
internal sealed class WireRecorder(TimeProvider? time = null) : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<WireExchange> _exchanges = new();

    public IReadOnlyList<WireExchange> Exchanges => [.. _exchanges];

    /// <summary>Exchanges with <paramref name="method"/> on exactly <paramref name="path"/> (query ignored).</summary>
    public IReadOnlyList<WireExchange> To(string method, string path) =>
        [.. _exchanges.Where(e => e.Method == method && e.Path == path)];

    public void Clear() => _exchanges.Clear();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var at = (time ?? TimeProvider.System).GetUtcNow();
        var sent = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);

        // Buffering changes nothing for the client: it still reads the answer as a stream.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        _exchanges.Enqueue(new WireExchange(at, request.Method.Method, request.RequestUri!.AbsolutePath,
            request.RequestUri.Query, sent, (int)response.StatusCode, response.Headers.RetryAfter?.Delta,
            response.Headers.TryGetValues("RateLimit-Reason", out var reasons) ? reasons.FirstOrDefault() : null, answer));
        return response;
    }
}

internal sealed record WireExchange(DateTimeOffset At, string Method, string Path, string Query, string? RequestBody, int Status,
    TimeSpan? RetryAfter, string? RateLimitReason, string ResponseBody);
