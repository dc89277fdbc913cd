namespace Panorama.Web.Components.Boxes;

/// <summary>
/// What a box action answered: its value, or the problem the API would have answered (title, detail, status), so a
/// page shows the same message an API client gets.
/// </summary>
public sealed record BoxAnswer<T>(T? Value, int Status, string? Title = null, string? Problem = null)
{
    public bool IsOk => Problem is null;

    /// <summary>Rule 17 asks for confirmation (409 or 400 "Confirmation needed").</summary>
    public bool NeedsConfirmation => Title == "Confirmation needed";
}
