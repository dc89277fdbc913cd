using Panorama.Core.Connections;

namespace Panorama.Sync.Connections.Screens;

/// <summary>The issue whose <c>editmeta</c> stood for its project and issue type.</summary>
public sealed record ScreenCheckSample(string ProjectKey, string IssueTypeName, string IssueKey);

/// <summary>
/// Rule 12 for one connection: which two-way mapped fields are not on the edit screen, per project and issue type
/// (<see cref="Findings"/>, each with its fix), and what was looked at. <see cref="Error"/> says why the check could not
/// run; <see cref="Notes"/> what it could not cover.
/// </summary>
public sealed record ScreenCheckReport(
    IReadOnlyList<string> Projects,
    IReadOnlyList<ScreenCheckSample> Checked,
    IReadOnlyList<ScreenCheckFinding> Findings,
    IReadOnlyList<string> Notes,
    string? Error = null);
