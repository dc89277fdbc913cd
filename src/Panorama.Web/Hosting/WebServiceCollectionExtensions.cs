using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Scalar.AspNetCore;

namespace Panorama.Web.Hosting;

internal static class WebServiceCollectionExtensions
{
    /// <summary>The meter every Panorama component records to (exported at <c>/metrics</c>).</summary>
    public const string MeterName = "Panorama";

    public static WebApplicationBuilder AddPanoramaWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("panorama"))
            .WithMetrics(metrics => metrics
            .AddMeter(MeterName)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            .AddPrometheusExporter());
        return builder;
    }

    public static WebApplication UsePanoramaWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The API description and its reference page are open: they hold no data, and every operation they list
        // still needs a sign-in or an API token.
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/reference").AllowAnonymous();
        var metrics = app.MapPrometheusScrapingEndpoint("/metrics");
        if (app.Configuration.GetValue("Metrics:AllowAnonymous", defaultValue: true))
        {
            metrics.AllowAnonymous();
        }

        return app;
    }
}
