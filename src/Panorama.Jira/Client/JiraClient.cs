using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Panorama.Jira.Connections;
using Panorama.Jira.Errors;
using Panorama.Jira.Http;
using Panorama.Jira.Model;
using Polly.Timeout;

namespace Panorama.Jira.Client;

/// <summary>
/// The Jira client of one site. This file holds the sending and reading; the operations are in the
/// <c>JiraClient.*.cs</c> files beside it.
/// </summary>
internal sealed partial class JiraClient(
    HttpClient http,
    JiraSite site,
    IJiraCredentialSource credentials,
    JiraCloudIdCache cloudIds,
    TimeProvider time) : IJiraClient
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    /// <summary>As lenient as <see cref="Serialization.JiraJsonContext"/>'s options.</summary>
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true };

    public JiraSite Site => site;

    private async Task<T> SendAsync<T>(JiraCall call, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var request = await CreateRequestAsync(call, cancellationToken);
        using var response = await SendAsync(request, call, cancellationToken);
        return await ReadAsync(response, call, typeInfo, cancellationToken);
    }

    private async Task SendWithoutResultAsync(JiraCall call, CancellationToken cancellationToken)
    {
        using var request = await CreateRequestAsync(call, cancellationToken);
        using var response = await SendAsync(request, call, cancellationToken);
    }

    private async Task<HttpRequestMessage> CreateRequestAsync(JiraCall call, CancellationToken cancellationToken)
    {
        var baseUrl = call.Anonymous ? site.BaseUrl.ToString() : await ApiBaseAsync(cancellationToken);
        var request = new HttpRequestMessage(call.Method, baseUrl.TrimEnd('/') + call.PathAndQuery);
        request.Options.Set(JiraRequestInfo.Key,
            new JiraRequestInfo(site, call.Template, call.Idempotent, call.IssueKeys) { Anonymous = call.Anonymous });
        request.Headers.Accept.Add(Json);
        if (!call.Anonymous)
        {
            var credential = await credentials.GetAsync(site.ConnectionId, cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credential.ToBasicParameter());
        }

        if (call.Body is { } body)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        return request;
    }

    /// <summary>Sends through the pipeline (retry, limiters, attempt timeout); a failed answer becomes a JiraException.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, JiraCall call,
        CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception exception) when (IsUnreachable(exception, cancellationToken))
        {
            throw JiraErrors.Unreachable(site, call, exception);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await JiraErrors.FromResponseAsync(response, call, site, time, cancellationToken);
        }
    }

    /// <summary>Deserialises straight from the response stream: a page is never held as one string.</summary>
    private async Task<T> ReadAsync<T>(HttpResponseMessage response, JiraCall call, JsonTypeInfo<T> typeInfo,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var body = await PooledBody.ReadAsync(stream, response.Content.Headers.ContentLength, cancellationToken);
            return JsonSerializer.Deserialize(body.Span, typeInfo) ?? throw new JsonException("The body is JSON null.");
        }
        catch (JsonException exception)
        {
            throw JiraErrors.Unreadable(site, call, exception);
        }
        catch (Exception exception) when (IsUnreachable(exception, cancellationToken))
        {
            throw JiraErrors.Unreachable(site, call, exception);
        }
    }

    /// <summary>
    /// Sends a call and parses its body as one document over the pooled buffer; the page owns both, so the issues read
    /// from it stay valid until it is disposed.
    /// </summary>
    private async Task<JiraIssuePage> SendForPageAsync(JiraCall call,
        Func<JsonElement, (List<JiraIssue> Issues, List<JiraIssueError> Errors)> read, CancellationToken cancellationToken)
    {
        using var request = await CreateRequestAsync(call, cancellationToken);
        using var response = await SendAsync(request, call, cancellationToken);
        PooledBody? body = null;
        JsonDocument? document = null;
        try
        {
            await using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken))
            {
                body = await PooledBody.ReadAsync(stream, response.Content.Headers.ContentLength, cancellationToken);
            }

            document = JsonDocument.Parse(body.Memory, DocumentOptions);
            var (issues, errors) = read(document.RootElement);
            var page = new JiraIssuePage(issues, errors, document, body);
            (document, body) = (null, null);
            return page;
        }
        catch (JsonException exception)
        {
            throw JiraErrors.Unreadable(site, call, exception);
        }
        catch (Exception exception) when (IsUnreachable(exception, cancellationToken))
        {
            throw JiraErrors.Unreachable(site, call, exception);
        }
        finally
        {
            document?.Dispose();
            body?.Dispose();
        }
    }

    private async ValueTask<string> ApiBaseAsync(CancellationToken cancellationToken)
    {
        if (!site.ScopedToken)
        {
            return site.BaseUrl.ToString();
        }

        var cloudId = site.CloudId ?? await cloudIds.GetAsync(this, cancellationToken);
        return $"{cloudIds.GatewayBaseUrl.TrimEnd('/')}/ex/jira/{Uri.EscapeDataString(cloudId)}";
    }

    /// <summary>Fetches the site's cloud id from <c>/_edge/tenant_info</c> (no authentication needed).</summary>
    internal async Task<string> FetchCloudIdAsync(CancellationToken cancellationToken)
    {
        var call = new JiraCall(HttpMethod.Get, JiraEndpoints.TenantInfo, JiraEndpoints.TenantInfo) { Anonymous = true };
        var info = await SendAsync(call, Serialization.JiraJsonContext.Default.TenantInfo, cancellationToken);
        return info.CloudId is { Length: > 0 } cloudId
            ? cloudId
            : throw JiraErrors.Unreadable(site, call, new JsonException("tenant_info has no cloudId."));
    }

    private static bool IsUnreachable(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        HttpRequestException or IOException or TimeoutRejectedException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private static string Query(params (string Name, string? Value)[] parameters)
    {
        var parts = parameters
            .Where(p => p.Value is not null)
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}")
            .ToList();
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private static string? Join(IEnumerable<string>? values) =>
        values is null ? null : string.Join(',', values);
}
