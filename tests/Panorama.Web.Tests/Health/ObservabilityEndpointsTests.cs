using System.Net;
using Panorama.Testing.Web;

namespace Panorama.Web.Tests.Health;

public sealed class ObservabilityEndpointsTests
{
    [Fact]
    public async Task Metrics_ShouldBePrometheusText()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var client = app.CreateClient();
        (await client.GetAsync("/health/live", ct)).Dispose();

        using var response = await client.GetAsync("/metrics", ct);

        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("# TYPE", body, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_ShouldServeTheDocumentAndAReferencePage()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var client = app.CreateClient();

        using var document = await client.GetAsync("/openapi/v1.json", ct);
        using var reference = await client.GetAsync("/api/reference/", ct);

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Contains("\"openapi\"", await document.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("text/html", reference.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }
}
