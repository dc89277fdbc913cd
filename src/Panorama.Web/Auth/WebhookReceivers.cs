namespace Panorama.Web.Auth;

/// <summary>
/// The one place where endpoints open to anonymous callers are mapped on purpose: webhook receivers, which
/// authenticate each delivery by its signature instead of a user. Map receivers inside this group
/// (<c>endpoints.MapWebhookReceivers().MapPost("/jira/{connectionId:guid}", ...)</c>), never with AllowAnonymous
/// elsewhere.
/// </summary>
public static class WebhookReceivers
{
    public const string Prefix = "/webhooks";

    public static RouteGroupBuilder MapWebhookReceivers(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup(Prefix)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithTags("Webhooks")
            .WithMetadata(new SignatureAuthenticatedAttribute());
}

/// <summary>Marks an endpoint that is open to anonymous callers because it checks a signature itself.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SignatureAuthenticatedAttribute : Attribute;
