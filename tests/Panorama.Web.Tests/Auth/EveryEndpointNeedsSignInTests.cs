using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Testing.Web;
using Panorama.Web.Auth;

namespace Panorama.Web.Tests.Auth;

/// <summary>
/// Calls every endpoint the host maps, anonymously. Only the open list may answer; a new endpoint that forgets
/// authorisation fails here.
/// </summary>
public sealed class EveryEndpointNeedsSignInTests
{
    // The deliberate exceptions (README "Signing in"). Static assets and webhook receivers are recognised by their
    // metadata (MapStaticAssets, WebhookReceivers.MapWebhookReceivers), not by path.
    private static readonly string[] OpenRoutes =
    [
        "/health/live",
        "/health/ready",
        "/metrics",
        "/signin",
        "/openapi/{documentName}.json",
    ];

    // The API reference page and its scripts (Scalar), open like the OpenAPI document it shows.
    private const string OpenPrefix = "/api/reference/";

    [Fact]
    public async Task AnonymousRequests_ShouldBeRefused_ByEveryEndpointOutsideTheOpenList()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var checkedRoutes = new List<string>();

        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + endpoint.RoutePattern.RawText?.Trim('/');
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var open = IsOpen(endpoint, pattern);
            foreach (var method in methods.Where(m => m != HttpMethods.Options && m != HttpMethods.Head))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Url(endpoint.RoutePattern));
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request, ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                body = body.Length > 300 ? body[..300] : body;
                var what = $"{method} {pattern} ({request.RequestUri}) answered {(int)response.StatusCode}: {body}";
                if (open)
                {
                    Assert.False(IsRefusal(response), $"open endpoint refused: {what}");
                }
                else if (AuthProblemsPath(pattern))
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"expected 401: {what}");
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }
                else
                {
                    Assert.True(RedirectsToSignIn(response), $"expected a redirect to /signin: {what}");
                }

                checkedRoutes.Add($"{method} {pattern}");
            }
        }

        // The sweep saw the app's real surface, not an empty list.
        Assert.Contains("GET /api/users", checkedRoutes);
        Assert.Contains("POST /api/account/tokens", checkedRoutes);
        Assert.Contains("GET /api/audit", checkedRoutes);
        Assert.Contains("GET /", checkedRoutes);
        Assert.Contains("GET /signin", checkedRoutes);
    }

    [Fact]
    public async Task Metrics_ShouldNeedSignIn_WhenAnonymousMetricsAreTurnedOff()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().WithSetting("Metrics:AllowAnonymous", "false").StartAsync(ct);

        using var anonymous = await app.CreateClient().GetAsync("/metrics", ct);
        using var admin = await (await app.CreateAdminClientAsync(ct)).GetAsync("/metrics", ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public void WebhookReceivers_ShouldBeOpenAndMarkedAsSignatureAuthenticated()
    {
        var builder = WebApplication.CreateSlimBuilder();
        var web = builder.Build();
        web.MapWebhookReceivers().MapPost("/jira/{connectionId:guid}", () => Results.Accepted());

        var endpoint = Assert.Single(((IEndpointRouteBuilder)web).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>());

        Assert.Equal("/webhooks/jira/{connectionId:guid}", endpoint.RoutePattern.RawText);
        Assert.NotNull(endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>());
        Assert.True(IsOpen(endpoint, endpoint.RoutePattern.RawText!));
    }

    private static bool IsOpen(RouteEndpoint endpoint, string pattern) =>
        OpenRoutes.Contains(pattern) ||
        pattern.StartsWith(OpenPrefix, StringComparison.Ordinal) ||
        endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null ||
        (endpoint.Metadata.GetMetadata<SignatureAuthenticatedAttribute>() is not null && pattern.StartsWith(WebhookReceivers.Prefix + "/", StringComparison.Ordinal));

    private static bool AuthProblemsPath(string pattern) =>
        new[] { "/api", "/metrics", "/openapi", "/health", "/webhooks" }.Any(p => pattern == p || pattern.StartsWith(p + "/", StringComparison.Ordinal));

    private static bool IsRefusal(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || RedirectsToSignIn(response);

    private static bool RedirectsToSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.AbsolutePath == "/signin";

    /// <summary>A concrete URL for a route pattern: every parameter gets a plausible value of its constraint.</summary>
    private static string Url(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => SampleValue(parameter),
            _ => string.Empty,
        })));
        return "/" + string.Join('/', segments.Where(s => s.Length > 0));
    }

    private static string SampleValue(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? string.Empty).ToList();
        if (constraints.Contains("guid"))
        {
            return Guid.NewGuid().ToString();
        }

        if (constraints.Any(c => c is "int" or "long"))
        {
            return "1";
        }

        return parameter.Name == "documentName" ? "v1" : "x";
    }
}
