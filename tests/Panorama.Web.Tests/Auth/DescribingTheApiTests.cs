using System.Text.Json;
using Panorama.Testing.Web;

namespace Panorama.Web.Tests.Auth;

public sealed class DescribingTheApiTests
{
    [Fact]
    public async Task OpenApiDocument_ShouldDeclareTheBearerApiToken_AndTheAuthEndpoints()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);

        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json", ct);

        using var document = JsonDocument.Parse(json);
        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiToken");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/account/tokens", out _), json);
        Assert.True(paths.TryGetProperty("/api/users/{id}", out _), json);
        Assert.True(paths.TryGetProperty("/api/audit", out _), json);
    }
}
