using System.Text.Json;

namespace Panorama.Core.Scheduling.Files;

/// <summary>
/// The schedule file of SPEC 4.5, used by <c>panorama schedule</c> and <c>POST /api/schedule</c>: JSON in, a schedule
/// or clear errors out. Parsing a string or stream is all it does: reading the file is the caller's business.
/// </summary>
public static class ScheduleFile
{
    public static ScheduleFileOutcome Compute(string json)
    {
        try
        {
            return Compute(JsonSerializer.Deserialize(json, ScheduleFileJsonContext.Default.ScheduleFileDocument));
        }
        catch (JsonException ex)
        {
            return ScheduleFileOutcome.Failed(Describe(ex));
        }
    }

    public static async Task<ScheduleFileOutcome> ComputeAsync(Stream json, CancellationToken cancellationToken)
    {
        try
        {
            var document = await JsonSerializer.DeserializeAsync(json, ScheduleFileJsonContext.Default.ScheduleFileDocument, cancellationToken);
            return Compute(document);
        }
        catch (JsonException ex)
        {
            return ScheduleFileOutcome.Failed(Describe(ex));
        }
    }

    public static ScheduleFileOutcome Compute(ScheduleFileDocument? document)
    {
        if (document is null)
        {
            return ScheduleFileOutcome.Failed("The schedule file is empty (null); it must be a JSON object with \"start\" and \"tasks\".");
        }

        var input = ScheduleFileValidator.Validate(document, out var errors);
        return input is null ? ScheduleFileOutcome.Failed(errors) : ScheduleFileCalculator.Compute(input);
    }

    public static string ToJson(ScheduleFileResult result) =>
        JsonSerializer.Serialize(result, ScheduleFileJsonContext.Default.ScheduleFileResult);

    public static string ToJson(ScheduleFileDocument document) =>
        JsonSerializer.Serialize(document, ScheduleFileJsonContext.Default.ScheduleFileDocument);

    /// <summary>One line: where in the file and what is wrong, without .NET type names.</summary>
    private static string Describe(JsonException ex)
    {
        var reason = ex.Message;
        var cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
        reason = cut >= 0 ? reason[..cut] : reason;
        if (reason.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            reason = "the value has the wrong type (durations and lags are whole numbers; ids, dates and names are strings).";
        }

        var where = ex.Path is { Length: > 0 } path ? $" at {path}" : "";
        var line = ex.LineNumber is { } n ? $" (line {n + 1})" : "";
        return $"The schedule file is not valid JSON{where}{line}: {reason.TrimEnd('.')}.";
    }
}
