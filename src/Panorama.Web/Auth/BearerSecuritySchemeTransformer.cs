using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Panorama.Web.Auth;

/// <summary>
/// Declares the API token in the OpenAPI document (<c>Authorization: Bearer pnr_...</c>), so the reference page and
/// generated clients know how to authenticate.
/// </summary>
internal sealed class BearerSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    private const string SchemeId = "ApiToken";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeId] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API token (pnr_...) made with POST /api/account/tokens, or PANORAMA_ADMIN_API_TOKEN.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, document)] = [] });
        return Task.CompletedTask;
    }
}
