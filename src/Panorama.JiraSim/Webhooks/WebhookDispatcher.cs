using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Threading.Channels;
using Panorama.JiraSim.Faults;

namespace Panorama.JiraSim.Webhooks;

/// <summary>
/// Sends a site's webhook deliveries in the order they were made, a few at a time, applying the fault settings:
/// drop, duplicate (same identifier), reorder (hold one back until the next is sent), and a random extra delay.
/// Retries follow Jira's policy: on 408, 409, 425, 429, 5xx and connection errors, never on other 4xx, after each
/// of the configured delays, with <c>X-Atlassian-Webhook-Retry</c> set.
/// </summary>
internal sealed class WebhookDispatcher : IAsyncDisposable
{
    private static readonly TimeSpan ReorderHold = TimeSpan.FromMilliseconds(500);

    private readonly Channel<WebhookDelivery> _queue = Channel.CreateUnbounded<WebhookDelivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _slots = new(4);
    private readonly ConcurrentDictionary<Task, bool> _inFlight = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _client;
    private readonly FaultState _faults;
    private readonly SiteCounters _counters;
    private readonly TimeSpan[] _retryDelays;
    private readonly TimeProvider _time;
    private readonly Task _loop;

    public WebhookDispatcher(FaultState faults, SiteCounters counters, TimeSpan[] retryDelays, Func<HttpMessageHandler>? handlerFactory, TimeProvider time)
    {
        _faults = faults;
        _counters = counters;
        _retryDelays = retryDelays;
        _time = time;
        var handler = handlerFactory?.Invoke() ?? new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5), PooledConnectionLifetime = TimeSpan.FromMinutes(2) };
        _client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(20) };
        _loop = Task.Run(RunAsync);
    }

    public void Enqueue(IEnumerable<WebhookDelivery> deliveries)
    {
        foreach (var delivery in deliveries)
        {
            var settings = _faults.Settings;
            if (settings.Drop > 0 && _faults.Next() < settings.Drop)
            {
                Interlocked.Increment(ref _counters.WebhooksDropped);
                continue;
            }

            _queue.Writer.TryWrite(delivery);
            if (settings.Duplicate > 0 && _faults.Next() < settings.Duplicate)
            {
                Interlocked.Increment(ref _counters.WebhooksDuplicated);
                _queue.Writer.TryWrite(delivery);
            }
        }
    }

    private async Task RunAsync()
    {
        WebhookDelivery? held = null;
        try
        {
            while (true)
            {
                WebhookDelivery next;
                if (held is null)
                {
                    next = await _queue.Reader.ReadAsync(_stop.Token);
                }
                else
                {
                    using var wait = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                    wait.CancelAfter(ReorderHold);
                    try
                    {
                        next = await _queue.Reader.ReadAsync(wait.Token);
                    }
                    catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
                    {
                        Launch(held);
                        held = null;
                        continue;
                    }
                }

                var settings = _faults.Settings;
                if (held is null && settings.Reorder > 0 && _faults.Next() < settings.Reorder)
                {
                    Interlocked.Increment(ref _counters.WebhooksReordered);
                    held = next;
                    continue;
                }

                Launch(next);
                if (held is not null)
                {
                    Launch(held);
                    held = null;
                }
            }
        }
        catch (Exception ex) when (_stop.IsCancellationRequested && ex is OperationCanceledException or ChannelClosedException)
        {
        }
    }

    private void Launch(WebhookDelivery delivery)
    {
        var settings = _faults.Settings;
        var delay = delivery.Attempt == 0 && settings.DelayMs > 0 ? TimeSpan.FromMilliseconds(_faults.Next(settings.DelayMs + 1)) : TimeSpan.Zero;
        Track(SendAsync(delivery, delay));
    }

    private void Track(Task task)
    {
        _inFlight.TryAdd(task, true);
        _ = task.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task SendAsync(WebhookDelivery delivery, TimeSpan delay)
    {
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _time, _stop.Token);
            }

            await _slots.WaitAsync(_stop.Token);
            bool retry;
            try
            {
                retry = await PostAsync(delivery);
            }
            finally
            {
                _slots.Release();
            }

            if (retry)
            {
                await RetryAsync(delivery);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // A delivery that fails in an unexpected way is lost, as on Jira; it must not break the dispatcher.
        catch (Exception)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref _counters.WebhooksFailed);
            Interlocked.Increment(ref _counters.WebhooksAbandoned);
        }
    }

    /// <summary>Posts once; returns whether Jira's policy retries the outcome.</summary>
    private async Task<bool> PostAsync(WebhookDelivery delivery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url);
        request.Content = new ByteArrayContent(delivery.Body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("User-Agent", "Atlassian Webhook HTTP Client");
        request.Headers.Add("X-Atlassian-Webhook-Identifier", delivery.Identifier);
        request.Headers.Add("X-Atlassian-Webhook-Flow", delivery.Flow);
        if (delivery.Attempt > 0)
        {
            request.Headers.Add("X-Atlassian-Webhook-Retry", delivery.Attempt.ToString());
        }

        if (delivery.Secret is not null)
        {
            request.Headers.Add("X-Hub-Signature", WebhookSignature.Compute(delivery.Secret, delivery.Body));
        }

        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref _counters.WebhooksSent);
                return false;
            }

            Interlocked.Increment(ref _counters.WebhooksFailed);
            return IsRetryable(response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !_stop.IsCancellationRequested))
        {
            Interlocked.Increment(ref _counters.WebhooksFailed);
            return true;
        }
    }

    private async Task RetryAsync(WebhookDelivery delivery)
    {
        if (delivery.Attempt >= _retryDelays.Length)
        {
            Interlocked.Increment(ref _counters.WebhooksAbandoned);
            return;
        }

        Interlocked.Increment(ref _counters.WebhooksRetried);
        await Task.Delay(_retryDelays[delivery.Attempt], _time, _stop.Token);
        await SendAsync(delivery with { Attempt = delivery.Attempt + 1 }, TimeSpan.Zero);
    }

    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.Conflict or HttpStatusCode.TooManyRequests || (int)status == 425 || (int)status >= 500;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _queue.Writer.TryComplete();
        await _loop;
        await Task.WhenAll(_inFlight.Keys);
        _client.Dispose();
        _slots.Dispose();
        _stop.Dispose();
    }
}
