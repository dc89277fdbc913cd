using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Panorama.Jira.Webhooks;
using Panorama.Sync.Connections;
using Panorama.Sync.Webhooks;
using Panorama.Sync.Workers;

namespace Panorama.Web.Sync;

/// <summary>
/// <c>POST /webhooks/jira/{connectionId}</c> (SPEC 3.1, rule 4): open to anonymous callers, authenticated by the
/// delivery's <c>X-Hub-Signature</c>. The raw body is read up to a limit and its signature checked in constant time
/// before anything parses it; a verified delivery is stored (once per <c>X-Atlassian-Webhook-Identifier</c>) before
/// Jira gets its 2xx, and the inbox loop is woken to apply it.
/// </summary>
internal static class JiraWebhookEndpoint
{
    public const string IdentifierHeader = "X-Atlassian-Webhook-Identifier";

    public static RouteHandlerBuilder MapJiraWebhook(this RouteGroupBuilder receivers) =>
        receivers.MapPost("/jira/{connectionId:guid}", ReceiveAsync)
            .WithSummary("Receives a Jira webhook delivery for a connection (signed with its webhook secret).")
            .ExcludeFromDescription();

    private static async Task<IResult> ReceiveAsync(Guid connectionId, HttpContext context, SyncConnectionCatalog catalog,
        WebhookInbox inbox, SyncSignals signals, SyncMetrics metrics, IOptions<WebhookOptions> options, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(connectionId, cancellationToken) is not { } connection)
        {
            metrics.Delivery("refused");
            return SyncEndpoints.Problem(404, "Unknown connection",
                $"No connection {connectionId} exists. Delete this webhook on the Jira site, or register it again from App Configuration.");
        }

        var body = await ReadLimitedAsync(context, options.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            metrics.Delivery("refused");
            return SyncEndpoints.Problem(413, "Delivery too large",
                $"A webhook body may have at most {options.Value.MaxBodyBytes} bytes (Sync:Webhooks:MaxBodyBytes). Register the webhook without extra data.");
        }

        if (!WebhookSignature.Verify(catalog.WebhookSecret(connection), body, context.Request.Headers[WebhookSignature.HeaderName]))
        {
            metrics.Delivery("refused");
            return SyncEndpoints.Problem(401, "Signature does not match",
                $"The {WebhookSignature.HeaderName} header is missing or does not match the webhook secret of connection '{connection.Name}'. " +
                "Register the webhook again from App Configuration, or copy the secret shown there into the webhook on the Jira site.");
        }

        JiraWebhookPayload payload;
        try
        {
            payload = JiraWebhookPayload.Parse(body);
        }
        catch (JsonException)
        {
            metrics.Delivery("refused");
            return SyncEndpoints.Problem(400, "Not a webhook body", "The body is not the JSON object Jira sends. Check what calls this address.");
        }

        var identifier = context.Request.Headers[IdentifierHeader].ToString() is { Length: > 0 and <= 200 } header
            ? header
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body));
        var stored = await inbox.StoreAsync(connectionId, identifier, payload, Encoding.UTF8.GetString(body), cancellationToken);
        metrics.Delivery(stored ? "stored" : "duplicate");
        if (stored)
        {
            signals.Wake(connectionId, SyncLoop.Inbox);
        }

        return stored ? TypedResults.Accepted((string?)null) : TypedResults.Ok();
    }

    /// <summary>The raw body, or null when it is larger than <paramref name="limit"/> (then it is not read further).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(HttpContext context, int limit, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > limit)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1L;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }
}
