using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Panorama.JiraSim.Commands;

namespace Panorama.JiraSim.Rest;

/// <summary>
/// Writes JSON responses with a <see cref="Utf8JsonWriter"/> (under whatever lock the writer callback takes) into this
/// thread's buffer, then copies the body into the response pipe with its <c>Content-Length</c>; it is flushed to the
/// socket afterwards. Writing straight into the pipe asked Kestrel for a contiguous block as large as each cached
/// issue (about 8 KB), which it allocates outside its 4 KB block pool: 70 MB of garbage in a 100,000-issue import.
/// </summary>
internal static class JsonResponse
{
    /// <summary>A buffer that grew past this (a very large page) is dropped after use rather than kept by its thread.</summary>
    private const int KeptBufferBytes = 4 << 20;

    private static readonly JsonWriterOptions Options = Rendering.JiraJson.WriterOptions;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _threadBuffer;

    public static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        Write(context, status, write);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>Writes the body into the pipe without flushing; callers holding a lock flush after releasing it.</summary>
    public static void Write(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        var buffer = _threadBuffer ?? new ArrayBufferWriter<byte>(64 * 1024);
        _threadBuffer = null; // A callback that answered another response on this thread gets a buffer of its own.
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json;charset=UTF-8";
        context.Response.ContentLength = buffer.WrittenCount;
        CopyInBlocks(buffer.WrittenSpan, context.Response.BodyWriter);
        if (buffer.Capacity <= KeptBufferBytes)
        {
            _threadBuffer = buffer;
        }
    }

    /// <summary>Into whatever block the pipe has (no size hint, so Kestrel hands out pooled blocks only).</summary>
    private static void CopyInBlocks(ReadOnlySpan<byte> body, PipeWriter pipe)
    {
        while (!body.IsEmpty)
        {
            var block = pipe.GetSpan();
            var length = Math.Min(block.Length, body.Length);
            body[..length].CopyTo(block);
            pipe.Advance(length);
            body = body[length..];
        }
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
