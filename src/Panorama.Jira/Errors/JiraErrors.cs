using System.Net;
using System.Net.Http.Headers;
using Panorama.Jira.Client;
using Panorama.Jira.Connections;
using Panorama.Jira.Http;

namespace Panorama.Jira.Errors;

/// <summary>
/// Turns a failed answer into a <see cref="JiraException"/> whose message says what to do. Messages are built from the
/// site's name, the operation template and Jira's error body: never from request headers, so never from the token.
/// </summary>
internal static class JiraErrors
{
    private const int MaxErrorBodyBytes = 64 * 1024;

    public static async Task<JiraException> FromResponseAsync(HttpResponseMessage response, JiraCall call, JiraSite site,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await ReadBoundedAsync(response.Content, cancellationToken);
        var jira = JiraErrorCollection.Read(body);
        var status = (int)response.StatusCode;
        var said = jira.Describe() is { Length: > 0 } text ? $" Jira said: {text}" : string.Empty;
        var where = $"Jira site '{site.DisplayName}'";
        var retryAfter = RetryAfterHeader.Read(response.Headers, time.GetUtcNow());

        var (kind, message, fieldId) = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => (JiraErrorKind.Unauthorized,
                $"{where} rejected the technical user's credentials (HTTP 401). Check the connection's e-mail and API token: the token may have expired or been revoked, or it is a scoped token, which must be used through api.atlassian.com.{said}", null),
            HttpStatusCode.Forbidden => (JiraErrorKind.Forbidden,
                $"The technical user of {where} is not allowed to call {call.Operation} (HTTP 403). Grant it the missing permission (Administer Jira for webhooks; Browse projects, Edit issues and Link issues for synchronisation and write-back).{said}", null),
            HttpStatusCode.NotFound => (JiraErrorKind.NotFound,
                $"{where} reports that what {call.Operation} asked for does not exist or the technical user cannot see it (HTTP 404). Check that it still exists and that the technical user has Browse projects permission in its project.{said}", null),
            HttpStatusCode.Gone => (JiraErrorKind.RemovedEndpoint,
                $"{where} has removed the API {call.Operation} (HTTP 410). This version of Panorama must be updated to use its replacement.{said}", null),
            HttpStatusCode.Conflict => (JiraErrorKind.Conflict,
                $"{where} reported a conflicting update for {call.Operation} (HTTP 409): the issue changed while Panorama wrote to it. Re-read the issue and apply the change again.{said}", null),
            HttpStatusCode.TooManyRequests => (JiraErrorKind.RateLimited,
                $"{where} is rate limiting {call.Operation} (HTTP 429{ReasonText(response.Headers)}) and Panorama's waiting and retries did not get through.{RetryText(retryAfter)}", null),
            HttpStatusCode.BadRequest when FieldNotOnScreen(jira, call) is { } field => (JiraErrorKind.FieldNotOnScreen,
                FieldNotOnScreenMessage(field, call, site, said), field),
            HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnprocessableEntity =>
                (JiraErrorKind.BadRequest,
                $"{where} refused {call.Operation} (HTTP {status}).{said} Correct the value or the field mapping and try again.",
                FirstWrittenField(jira, call)),
            >= HttpStatusCode.InternalServerError => (JiraErrorKind.SiteUnreachable,
                $"{where} did not process {call.Operation} (HTTP {status}). The site may be down or under maintenance; Panorama retries automatically, check the site's status if this lasts.{said}", null),
            _ => (JiraErrorKind.InvalidResponse,
                $"{where} answered {call.Operation} with an unexpected HTTP {status}. Check that the connection's URL points at a Jira Cloud site.{said}", null),
        };

        return new JiraException(kind, message)
        {
            StatusCode = status,
            Site = site.DisplayName,
            Operation = call.Operation,
            ErrorMessages = jira.ErrorMessages,
            Errors = jira.Errors,
            FieldId = fieldId,
            RetryAfter = retryAfter,
            RateLimitReason = response.Headers.TryGetValues(JiraHeaders.RateLimitReason, out var reasons)
                ? reasons.FirstOrDefault()
                : null,
        };
    }

    public static JiraException Unreachable(JiraSite site, JiraCall call, Exception exception) =>
        new(JiraErrorKind.SiteUnreachable,
            $"Jira site '{site.DisplayName}' could not be reached at {site.BaseUrl.Authority} for {call.Operation} ({Describe(exception)}). Check the site URL and the network path from Panorama to the site; Panorama retries automatically.",
            exception)
        {
            Site = site.DisplayName,
            Operation = call.Operation,
        };

    public static JiraException Unreadable(JiraSite site, JiraCall call, Exception exception) =>
        new(JiraErrorKind.InvalidResponse,
            $"Jira site '{site.DisplayName}' answered {call.Operation} with a body Panorama cannot read ({exception.GetType().Name}). Check that the connection's URL points at a Jira Cloud site.",
            exception)
        {
            Site = site.DisplayName,
            Operation = call.Operation,
        };

    /// <summary>
    /// A field that Jira says cannot be set because it is off screen or unknown. The English wording is matched because
    /// other field errors (an invalid date, say) come back in the same shape; shared/docs 3.3.
    /// </summary>
    private static string? FieldNotOnScreen(JiraErrorCollection jira, JiraCall call) => jira.Errors
        .Where(e => e.Value.Contains("appropriate screen", StringComparison.OrdinalIgnoreCase)
            || e.Value.Contains("cannot be set", StringComparison.OrdinalIgnoreCase))
        .Select(e => e.Key)
        .OrderBy(key => call.FieldsWritten.Contains(key) ? 0 : 1)
        .FirstOrDefault();

    private static string? FirstWrittenField(JiraErrorCollection jira, JiraCall call) =>
        jira.Errors.Keys.FirstOrDefault(call.FieldsWritten.Contains) ?? jira.Errors.Keys.FirstOrDefault();

    private static string FieldNotOnScreenMessage(string fieldId, JiraCall call, JiraSite site, string said)
    {
        var context = call.WriteContext;
        var field = context?.FieldNames.TryGetValue(fieldId, out var name) == true ? $"{fieldId} ({name})" : fieldId;
        var project = context?.ProjectKey is { } key ? $"project {key}" : "the issue's project";
        var type = context?.IssueTypeName is { } typeName ? $" for issue type {typeName}" : string.Empty;
        var issue = call.IssueKeys.Count > 0 ? $" of {call.IssueKeys[0]}" : string.Empty;
        return $"Jira site '{site.DisplayName}' cannot set field {field}{issue}: it is not on the edit screen. "
            + $"Add field {field} to the edit screen of {project}{type} on site {site.DisplayName}, or map a different field.{said}";
    }

    private static string ReasonText(HttpResponseHeaders headers) =>
        headers.TryGetValues(JiraHeaders.RateLimitReason, out var values) && values.FirstOrDefault() is { } reason
            ? $", {reason}"
            : string.Empty;

    private static string RetryText(TimeSpan? retryAfter) => retryAfter is { } wait
        ? $" Try again after {Math.Ceiling(wait.TotalSeconds)} s."
        : " Try again later.";

    private static string Describe(Exception exception) => exception switch
    {
        HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } http => http.HttpRequestError.ToString(),
        Polly.Timeout.TimeoutRejectedException => "no answer in time",
        OperationCanceledException => "no answer in time",
        _ => exception.GetType().Name,
    };

    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[MaxErrorBodyBytes];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
            {
                total += read;
            }

            return buffer[..total];
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            return [];
        }
    }
}
