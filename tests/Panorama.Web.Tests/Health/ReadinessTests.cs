using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Panorama.Data.Database;
using Panorama.Testing.Databases;
using Panorama.Testing.Web;

namespace Panorama.Web.Tests.Health;

public sealed class ReadinessTests
{
    [Theory]
    [DatabaseData]
    public async Task Ready_ShouldAnswer200_WhenTheDatabaseIsMigratedAndAnswers(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await using var app = await new AppFactory(database).StartAsync(ct);

        using var response = await app.CreateClient().GetAsync("/health/ready", ct);

        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("Healthy", JsonDocument.Parse(body).RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_ShouldAnswer503WithTheReason_WhenTheDatabaseIsUnreachable()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new AppFactory()
            .WithSetting("Database:Provider", "Postgres")
            .WithSetting("Database:ConnectionString", $"Host=127.0.0.1;Port={UnusedPort()};Database=none;Username=none;Timeout=2");
        using var client = app.CreateClient();

        using var ready = await client.GetAsync("/health/ready", ct);
        using var live = await client.GetAsync("/health/live", ct);

        var body = await ready.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("Database not ready", body, StringComparison.Ordinal);
        Assert.Contains("cannot reach the database server", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
