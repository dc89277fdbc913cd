using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Core.Access;

namespace Panorama.Web.Tests.Connections;

/// <summary>Rule 3: only application administrators may see or change connections, whatever box roles a user holds.</summary>
public sealed class OnlyAdministratorsTests
{
    [Fact]
    public async Task EveryConnectionsEndpoint_ShouldAnswer403_ToABoxEditorAndAnOrdinaryUser()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);
        var editor = await app.CreateUserAsync("editor@panorama.test", cancellationToken: ct);
        app.Boxes.Grant(editor.Id, app.Boxes.AddBox(), BoxRole.Editor);
        var users = new[] { app.CreateBearerClient(editor.ApiToken), await app.CreateUserClientAsync("user@panorama.test", cancellationToken: ct) };
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/connections", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, e.RoutePattern.RawText!)))
            .ToList();

        foreach (var user in users)
        {
            foreach (var (method, pattern) in routes)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), pattern.Replace("{id:guid}", alpha.Connection.Id.ToString(), StringComparison.Ordinal));
                if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                using var response = await user.SendAsync(request, ct);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {pattern} answered {(int)response.StatusCode}");
            }
        }

        // The sweep covered the whole surface, and nothing was changed by the refused calls.
        Assert.True(routes.Count >= 17, $"only {routes.Count} routes found");
        Assert.Contains((HttpMethods.Delete, "/api/connections/{id:guid}"), routes);
        Assert.Equal("valid", (await admin.GetAsync<Web.Connections.ConnectionResponse>($"/api/connections/{alpha.Connection.Id}", ct)).Status);
        foreach (var user in users)
        {
            user.Dispose();
        }
    }
}
