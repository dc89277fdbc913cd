using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Panorama.Jira.Tests.Support;

/// <summary>
/// A scripted Jira on 127.0.0.1 (real Kestrel, real HTTP): each test says what each route answers and reads back what
/// the client sent. Routes added later win, so a test can override a default answer.
/// </summary>
internal sealed class FakeJira : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(Func<RecordedRequest, bool> Match, Func<RecordedRequest, FakeResponse> Respond)> _routes = [];
    private readonly Lock _routesLock = new();
    private readonly TimeProvider _clock;

    private FakeJira(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static async Task<FakeJira> StartAsync(TimeProvider clock, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeJira(app, clock);
        app.Run(fake.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        fake.BaseUrl = new Uri(address);
        return fake;
    }

    public FakeJira On(string method, string path, Func<RecordedRequest, FakeResponse> respond) =>
        On(r => r.Method == method && r.Path == path, respond);

    public FakeJira On(Func<RecordedRequest, bool> match, Func<RecordedRequest, FakeResponse> respond)
    {
        lock (_routesLock)
        {
            _routes.Insert(0, (match, respond));
        }

        return this;
    }

    /// <summary>Answers the route with each response in turn, repeating the last one.</summary>
    public FakeJira OnSequence(string method, string path, params FakeResponse[] responses)
    {
        var next = 0;
        return On(method, path, _ => responses[Math.Min(Interlocked.Increment(ref next) - 1, responses.Length - 1)]);
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string path) =>
        Requests.Where(r => r.Method == method && r.Path == path).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            _clock.GetUtcNow());
        Requests.Enqueue(request);

        Func<RecordedRequest, FakeResponse>? respond;
        lock (_routesLock)
        {
            respond = _routes.FirstOrDefault(r => r.Match(request)).Respond;
        }

        var response = respond?.Invoke(request) ?? FakeResponse.Json(404,
            """{"errorMessages":["No route in the fake Jira for this request."],"errors":{}}""");
        if (response.WaitFor is { } release)
        {
            try
            {
                await release.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the client gave up on this attempt
            }
        }
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is { } bytes)
        {
            context.Response.ContentType = response.ContentType;
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }
}

internal sealed record RecordedRequest(
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt);

internal sealed record FakeResponse(int Status, byte[]? Body, IReadOnlyDictionary<string, string> Headers)
{
    public string ContentType { get; init; } = "application/json;charset=UTF-8";

    /// <summary>The answer is held back until this task completes (or the client gives up).</summary>
    public Task? WaitFor { get; init; }

    /// <summary>An answer that never comes: the client's attempt timeout must end it.</summary>
    public static FakeResponse Hang() => Empty(200) with { WaitFor = new TaskCompletionSource().Task };

    public static FakeResponse Json(int status, string json, params (string Name, string Value)[] headers) =>
        new(status, Encoding.UTF8.GetBytes(json), headers.ToDictionary(h => h.Name, h => h.Value));

    public static FakeResponse File(string fixture) => new(200, FixtureFiles.Read(fixture), new Dictionary<string, string>());

    public static FakeResponse Empty(int status, params (string Name, string Value)[] headers) =>
        new(status, null, headers.ToDictionary(h => h.Name, h => h.Value));
}
