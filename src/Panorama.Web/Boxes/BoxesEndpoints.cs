using Microsoft.AspNetCore.Http.Features;
using Panorama.Data.Boxes;
using Panorama.Web.Auth.Boxes;
using Panorama.Web.Boxes.Access;
using Panorama.Web.Boxes.Board;
using Panorama.Web.Boxes.Dependencies;
using Panorama.Web.Boxes.Gantt;
using Panorama.Web.Boxes.Hierarchy;
using Panorama.Web.Boxes.Integration;
using Panorama.Web.Boxes.Members;
using Panorama.Web.Boxes.Report;
using Panorama.Web.Boxes.Scope;
using Panorama.Web.Boxes.Structure;
using Panorama.Web.Boxes.Tasks;
using Panorama.Web.Boxes.Views;
using Panorama.Web.Boxes.Wbs;

namespace Panorama.Web.Boxes;

/// <summary>
/// The boxes feature: <c>/api/boxes</c> and everything under it, <c>/api/box-types</c>, <c>/api/dependencies</c>.
/// Every box endpoint checks the caller's box role (viewer reads; editor changes tasks, dependencies, structure and
/// views; admin changes members, scope and settings; application administrators are admins everywhere).
/// </summary>
public static class BoxesEndpoints
{
    public static WebApplicationBuilder AddPanoramaBoxes(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddBoxSnapshots();
        services.AddSingleton(GanttEndpoints.Payload);
        services.AddScoped<IBoxMembershipSource, BoxMembershipSource>();
        services.AddScoped<TaskAccess>();
        services.AddScoped<ScopeChangeNotifier>();
        services.AddBoxIntegration();
        services.AddValidation();
        services.Configure<ProblemDetailsOptions>(options =>
        {
            var earlier = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                earlier?.Invoke(context);
                DescribeRequestProblems(context);
            };
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapBoxesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var boxes = endpoints.MapGroup("/api/boxes").WithTags("Boxes");
        boxes.MapBoxListEndpoints();
        boxes.MapBoxEndpoints();
        boxes.MapMembersEndpoints();
        boxes.MapScopeEndpoints();
        boxes.MapStructureEndpoints();
        boxes.MapViewsEndpoints();
        boxes.MapFieldCatalogEndpoints();
        boxes.MapWbsEndpoints();
        boxes.MapGanttEndpoints();
        boxes.MapGanttSettingsEndpoints();
        boxes.MapGanttMovesEndpoints();
        boxes.MapBoardEndpoints();
        boxes.MapReportEndpoints();
        boxes.MapTaskCreationEndpoints();
        endpoints.MapBoxTypesEndpoints();
        endpoints.MapDependenciesEndpoints();
        return endpoints;
    }

    /// <summary>
    /// Requests to the boxes API that fail validation or cannot be read get a <c>detail</c> that says what to do (the
    /// framework leaves it empty).
    /// </summary>
    private static void DescribeRequestProblems(ProblemDetailsContext context)
    {
        var path = context.HttpContext.Request.Path;
        if (context.ProblemDetails.Detail is not null || context.ProblemDetails.Status != StatusCodes.Status400BadRequest ||
            !(path.StartsWithSegments("/api/boxes") || path.StartsWithSegments("/api/box-types") || path.StartsWithSegments("/api/dependencies")))
        {
            return;
        }

        context.ProblemDetails.Detail = context.ProblemDetails is HttpValidationProblemDetails
            ? "Correct the fields named in 'errors' and send the request again."
            : "The request could not be read: send JSON shaped as the API description (/openapi/v1.json) shows, with valid values.";
    }
}
