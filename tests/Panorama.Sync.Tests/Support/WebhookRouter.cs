using Panorama.Testing.Web;

namespace Panorama.Sync.Tests.Support;

/// <summary>
/// What the simulated sites send webhooks through: the in-memory servers of the current Panorama nodes, taken in turn
/// (so with two nodes both receive deliveries). With no node up (a restart), a delivery fails as a refused connection
/// would, and the site retries it later as Jira does.
/// </summary>
internal sealed class WebhookRouter : HttpMessageHandler
{
    private readonly Lock _lock = new();
    private List<(AppFactory App, HttpMessageInvoker Invoker)> _targets = [];
    private int _next;

    public void Route(params AppFactory[] apps)
    {
        lock (_lock)
        {
            _targets = [.. apps.Select(a => (a, new HttpMessageInvoker(a.Server.CreateHandler(), disposeHandler: false)))];
        }
    }

    public void Remove(AppFactory app)
    {
        lock (_lock)
        {
            _targets = [.. _targets.Where(t => t.App != app)];
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpMessageInvoker? invoker;
        lock (_lock)
        {
            invoker = _targets.Count == 0 ? null : _targets[_next++ % _targets.Count].Invoker;
        }

        if (invoker is null)
        {
            throw new HttpRequestException("Panorama is not running (restarting).");
        }

        try
        {
            return await invoker.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException)
        {
            throw new HttpRequestException("Panorama stopped while the delivery was sent.", ex);
        }
    }
}
