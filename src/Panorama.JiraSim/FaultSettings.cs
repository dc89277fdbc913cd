using System.Globalization;
using System.Text;

namespace Panorama.JiraSim;

/// <summary>
/// Faults a site injects (SPEC 4.4): webhook drop/duplicate/reorder probabilities and an extra random delay of up to
/// <see cref="DelayMs"/>; random 429 and 5xx answers to Jira REST requests at the given rates; and a fixed latency per
/// REST request. Text form: <c>drop=0.1,duplicate=0.1,reorder=0.2,delay-ms=2000,http429=0.02,http5xx=0.01,latency-ms=0</c>.
/// </summary>
public sealed record FaultSettings
{
    public static FaultSettings None { get; } = new();

    public double Drop { get; init; }

    public double Duplicate { get; init; }

    public double Reorder { get; init; }

    public int DelayMs { get; init; }

    public double Http429 { get; init; }

    public double Http5xx { get; init; }

    public int LatencyMs { get; init; }

    /// <summary>Parses the <c>--faults</c> text; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static FaultSettings Parse(string? text)
    {
        var settings = None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return settings;
        }

        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2)
            {
                throw new FormatException($"'{part}' is not name=value (e.g. drop=0.1).");
            }

            settings = pair[0].ToLowerInvariant() switch
            {
                "drop" => settings with { Drop = Probability(pair) },
                "duplicate" => settings with { Duplicate = Probability(pair) },
                "reorder" => settings with { Reorder = Probability(pair) },
                "http429" => settings with { Http429 = Probability(pair) },
                "http5xx" => settings with { Http5xx = Probability(pair) },
                "delay-ms" => settings with { DelayMs = Milliseconds(pair) },
                "latency-ms" => settings with { LatencyMs = Milliseconds(pair) },
                _ => throw new FormatException(
                    $"'{pair[0]}' is not a fault; use drop, duplicate, reorder, delay-ms, http429, http5xx or latency-ms."),
            };
        }

        return settings;
    }

    /// <summary>Throws <see cref="ArgumentException"/> when a probability is outside 0..1 or a time is negative.</summary>
    public FaultSettings Validate()
    {
        foreach (var (name, value) in new[] { ("drop", Drop), ("duplicate", Duplicate), ("reorder", Reorder), ("http429", Http429), ("http5xx", Http5xx) })
        {
            if (value is < 0 or > 1 || double.IsNaN(value))
            {
                throw new ArgumentException($"{name} must be a probability between 0 and 1, not {value}.");
            }
        }

        if (DelayMs < 0 || LatencyMs < 0)
        {
            throw new ArgumentException("delay-ms and latency-ms must not be negative.");
        }

        return this;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"drop={Drop},duplicate={Duplicate},reorder={Reorder},delay-ms={DelayMs},");
        text.Append(CultureInfo.InvariantCulture, $"http429={Http429},http5xx={Http5xx},latency-ms={LatencyMs}");
        return text.ToString();
    }

    private static double Probability(string[] pair) =>
        double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value
            : throw new FormatException($"{pair[0]} must be a probability between 0 and 1, not '{pair[1]}'.");

    private static int Milliseconds(string[] pair) =>
        int.TryParse(pair[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new FormatException($"{pair[0]} must be a whole number of milliseconds, not '{pair[1]}'.");
}
