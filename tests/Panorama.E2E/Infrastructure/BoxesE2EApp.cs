using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Panorama.Core.Scope;
using Panorama.Core.WriteBack;
using Panorama.Data;
using Panorama.Data.Connections;
using Panorama.Testing.Boxes;
using Panorama.Testing.Tasks;
using Panorama.Testing.WriteBack;

namespace Panorama.E2E.Infrastructure;

/// <summary>
/// Panorama on a loopback port with the three seeded sites of <see cref="ThreeSites"/> in its task store and a
/// recording write-back outbox (what would be written to Jira) and scope change listener. One per test class.
/// </summary>
public sealed class BoxesE2EApp : E2EApp
{
    public RecordingWriteBackQueue WriteBack { get; } = new();

    public TaskStoreSeeder Seeder => field ??= new TaskStoreSeeder(
        () => Services.GetRequiredService<IDbContextFactory<PanoramaDbContext>>().CreateDbContext(),
        Services.GetRequiredService<ConnectionSecrets>());

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await ThreeSites.SeedAsync(Seeder, TestContext.Current.CancellationToken);
    }
    /// <summary>A Program box (through the API) whose scope takes alpha's OPS and WEB projects and beta's BET project.</summary>
    public Task<Guid> CreateTwoSiteBoxAsync(string name) => CreateBoxAsync(name, ("alpha", ["OPS", "WEB"]), ("beta", ["BET"]));

    /// <summary>A Program box (through the API) with these scope integrations (connection name and project keys).</summary>
    public async Task<Guid> CreateBoxAsync(string name, params (string Connection, string[] Projects)[] scope)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminApiToken);
        using var created = await client.PostAsJsonAsync("/api/boxes", new { name, type = "Program" }, ct);
        created.EnsureSuccessStatusCode();
        var box = (await created.Content.ReadFromJsonAsync<BoxId>(ct))!.Id;
        foreach (var (connection, projects) in scope)
        {
            using var added = await client.PostAsJsonAsync($"/api/boxes/{box}/scope", new { connection, projects }, ct);
            Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync(ct));
        }

        return box;
    }

    protected override void ConfigureTestServices(IWebHostBuilder builder) => builder.ConfigureTestServices(services =>
    {
        services.AddSingleton<IWriteBackQueue>(WriteBack);
        // The sync engine's listeners would call the seeded sites (which do not exist) and wait for them on every scope change.
        services.RemoveAll<IScopeChangeListener>();
        services.AddSingleton<IScopeChangeListener>(new RecordingScopeChangeListener());
    });

    private sealed record BoxId(Guid Id);
}
