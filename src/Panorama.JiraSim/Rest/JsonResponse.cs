using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Panorama.JiraSim.Commands;

namespace Panorama.JiraSim.Rest;

/// <summary>
/// Writes JSON straight into the response pipe with a <see cref="Utf8JsonWriter"/>: the body is built in the pipe's
/// buffers (under whatever lock the writer callback takes) and flushed to the socket afterwards.
/// </summary>
internal static class JsonResponse
{
    private static readonly JsonWriterOptions Options = Rendering.JiraJson.WriterOptions;

    public static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json;charset=UTF-8";
        using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, Options))
        {
            write(writer);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>Writes the body into the pipe without flushing; callers holding a lock flush after releasing it.</summary>
    public static void Write(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json;charset=UTF-8";
        using var writer = new Utf8JsonWriter(context.Response.BodyWriter, Options);
        write(writer);
    }

    public static async Task FlushAsync(HttpContext context) => await context.Response.BodyWriter.FlushAsync(context.RequestAborted);

    public static Task ErrorAsync(HttpContext context, int status, ErrorCollection errors) =>
        WriteAsync(context, status, errors.Write);

    public static Task ErrorAsync(HttpContext context, int status, string message) =>
        ErrorAsync(context, status, ErrorCollection.Message(message));

    public static Task ResultAsync(HttpContext context, CommandResult result)
    {
        if (result.Errors is not null)
        {
            return ErrorAsync(context, result.Status, result.Errors);
        }

        context.Response.StatusCode = result.Status;
        return Task.CompletedTask;
    }

    /// <summary>Reads a JSON body; null (after answering 400 as Jira does) when it is missing or malformed.</summary>
    public static async Task<JsonDocument?> ReadBodyAsync(HttpContext context)
    {
        try
        {
            var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            return document;
        }
        catch (JsonException ex)
        {
            var message = ex.Message.Contains("0 bytes", StringComparison.Ordinal) || ex.BytePositionInLine == 0 && ex.LineNumber == 0
                ? Messages.NoBody
                : $"Unexpected character in the request body at line {ex.LineNumber + 1}, column {ex.BytePositionInLine + 1}.";
            await ErrorAsync(context, StatusCodes.Status400BadRequest, message);
            return null;
        }
    }
}
