using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Panorama.Jira.Tests.Support;

/// <summary>An in-memory Jira that answers at once and notes each request with the fake time it arrived.</summary>
internal sealed class RecordingHandler(TimeProvider clock) : HttpMessageHandler
{
    public ConcurrentQueue<(string Method, string Path, DateTimeOffset At)> Sent { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        Sent.Enqueue((request.Method.Method, path, clock.GetUtcNow()));
        var response = request.Method == HttpMethod.Get
            ? new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"id":"1","key":"OPS-1","fields":{}}""", Encoding.UTF8, "application/json"),
            }
            : new HttpResponseMessage(request.Method == HttpMethod.Post ? HttpStatusCode.Created : HttpStatusCode.NoContent);
        return Task.FromResult(response);
    }
}
