using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Panorama.JiraSim.Tests.Infrastructure;

/// <summary>A webhook endpoint on a loopback port that records every delivery and answers with scripted statuses.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _script = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.Run(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var status = receiver._script.TryDequeue(out var scripted) ? scripted : StatusCodes.Status200OK;
            receiver.Received.Enqueue(new ReceivedWebhook(context.Request.Path + context.Request.QueryString, headers, body.ToArray(), status));
            context.Response.StatusCode = status;
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        receiver.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return receiver;
    }

    /// <summary>The next deliveries are answered with these statuses, in order; afterwards 200.</summary>
    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _script.Enqueue(status);
        }
    }

    public async Task<List<ReceivedWebhook>> WaitForAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            var snapshot = Received.ToList();
            if (done(snapshot))
            {
                return snapshot;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        var received = Received.ToList();
        Assert.Fail($"Webhooks did not arrive as expected within the time limit; received {received.Count}: " +
                    string.Join(", ", received.Select(r => $"{r.Event}#{r.Header("X-Atlassian-Webhook-Retry")}->{r.Status}")));
        return received;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedWebhook(string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body, int Status)
{
    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Body).RootElement;

    public string Event => Body.Length == 0 ? "" : Json.GetProperty("webhookEvent").GetString()!;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
