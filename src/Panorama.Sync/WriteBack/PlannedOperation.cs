using Panorama.Core.Fields;
using Panorama.Core.WriteBack;
using Panorama.Data.Sync;

namespace Panorama.Sync.WriteBack;

/// <summary>
/// An operation checked and ready to store: its row, the values Panorama shows at once (Panorama-only fields, and the
/// pending value of fields written to Jira), and whether anything is left to send.
/// </summary>
internal sealed record PlannedOperation(
    WriteBackOperation Operation,
    WriteBackOperationRecord Record,
    IReadOnlyDictionary<BuiltInField, object?> ShownValues,
    bool SendsToJira,
    IReadOnlyList<long> TouchedIssues,
    IReadOnlyList<string> DatesOutOfRange);
