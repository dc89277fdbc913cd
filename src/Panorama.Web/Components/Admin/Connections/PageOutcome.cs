using Panorama.Web.Connections;

namespace Panorama.Web.Components.Admin.Connections;

/// <summary>
/// What a page action answered: the same value the API returns, or the same refusal (a message saying what to do,
/// the fields it is about, the broken mapping rules).
/// </summary>
public sealed record PageOutcome<T>(T? Value, string? Error = null)
    where T : class
{
    public IReadOnlyDictionary<string, string[]> FieldErrors { get; init; } = new Dictionary<string, string[]>();

    public IReadOnlyList<MappingErrorResponse> MappingErrors { get; init; } = [];
}

public static class PageOutcome
{
    public static PageOutcome<T> Failed<T>(string error)
        where T : class => new(null, error);
}
