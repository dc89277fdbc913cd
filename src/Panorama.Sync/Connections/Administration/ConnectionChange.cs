using Panorama.Core.Connections;
using Panorama.Data.Connections;

namespace Panorama.Sync.Connections.Administration;

public enum ConnectionChangeStatus
{
    Done,
    NotFound,

    /// <summary>The request is malformed: <see cref="ConnectionChange.Errors"/> names each bad field.</summary>
    Invalid,

    /// <summary>The request clashes with the current state (a name in use, a second primary): <see cref="ConnectionChange.Detail"/> says what to do.</summary>
    Conflict,
}

/// <summary>
/// What an administrative action did: the connection as stored afterwards (callers show it through a view that leaves
/// the secrets out), the checks it ran, and notes on side effects (a webhook that could not be removed...).
/// </summary>
public sealed record ConnectionChange(ConnectionChangeStatus Status)
{
    public Connection? Connection { get; init; }

    public ConnectionCheckReport? Checks { get; init; }

    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    public string? Detail { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    public static ConnectionChange NotFound { get; } = new(ConnectionChangeStatus.NotFound);

    public static ConnectionChange Conflict(string detail) => new(ConnectionChangeStatus.Conflict) { Detail = detail };

    public static ConnectionChange Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(ConnectionChangeStatus.Invalid) { Errors = errors, Detail = "Correct the fields named in 'errors' and send the request again." };
}
