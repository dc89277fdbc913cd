using System.Text.Json;

namespace Panorama.JiraSim.Commands;

/// <summary>Jira's error body: <c>{"errorMessages":[...],"errors":{"field":"message"}}</c>.</summary>
internal sealed class ErrorCollection
{
    public List<string> Messages { get; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Messages.Count == 0 && Errors.Count == 0;

    public static ErrorCollection Message(string message)
    {
        var errors = new ErrorCollection();
        errors.Messages.Add(message);
        return errors;
    }

    public static ErrorCollection Field(string field, string message)
    {
        var errors = new ErrorCollection();
        errors.Errors[field] = message;
        return errors;
    }

    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray("errorMessages");
        foreach (var message in Messages)
        {
            w.WriteStringValue(message);
        }

        w.WriteEndArray();
        w.WriteStartObject("errors");
        foreach (var (field, message) in Errors)
        {
            w.WriteString(field, message);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}

/// <summary>The outcome of a command: an HTTP status and, on failure, Jira's error body.</summary>
internal sealed record CommandResult(int Status, ErrorCollection? Errors = null, object? Value = null)
{
    public static CommandResult NotFound(string message = "Issue does not exist or you do not have permission to see it.") =>
        new(404, ErrorCollection.Message(message));

    public static CommandResult BadRequest(ErrorCollection errors) => new(400, errors);

    public bool Succeeded => Status is >= 200 and < 300;
}
