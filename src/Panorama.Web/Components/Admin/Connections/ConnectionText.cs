using Panorama.Core.Connections;
using Panorama.Sync.Reconciliation;
using Panorama.Web.Components.Shell;
using Panorama.Web.Connections;

namespace Panorama.Web.Components.Admin.Connections;

/// <summary>How the connection pages put the API's values into words.</summary>
internal static class ConnectionText
{
    private static readonly Dictionary<string, string> FieldLabels = new(StringComparer.Ordinal)
    {
        ["startDate"] = "Start date",
        ["endDate"] = "End date",
        ["progress"] = "Progress",
        ["originalEstimate"] = "Original estimate",
        ["remainingEstimate"] = "Remaining estimate",
        ["storyPoints"] = "Story points",
        ["baselineStart"] = "Baseline start",
        ["baselineEnd"] = "Baseline end",
    };

    public static IReadOnlyList<string> MappableFields { get; } = [.. FieldLabels.Keys];

    public static string Field(string? field) => field is not null && FieldLabels.TryGetValue(field, out var label) ? label : field ?? string.Empty;

    public static string Status(ConnectionResponse c) => c.Status switch
    {
        "valid" => "Valid",
        "invalid" => "Invalid",
        _ => "Not checked yet",
    };

    public static string Role(ConnectionResponse c) => c.Role == "primary" ? "Primary" : "Secondary";

    public static string Webhook(ConnectionResponse c) => c switch
    {
        { ManageWebhook: false } => "Registered by hand",
        { Webhook.Error: { } error } => $"Not registered: {error}",
        { Webhook: { Id: { } id, RegisteredAt: var at } } => $"Registered (id {id}, {UiFormat.Time(at, "time unknown")})",
        _ => "Not registered: no box has a project of this site in scope yet",
    };

    public static string Sync(ConnectionResponse c, SyncStatusView? sync)
    {
        var last = c.LastSyncedAt ?? sync?.LastReconciledAt;
        var parts = new List<string> { last is { } at ? $"Last sync {UiFormat.Time(at)}" : "Not synced yet" };
        if (sync is { Import.State: "running" or "failed" })
        {
            parts.Add($"import {sync.Import.State} ({sync.Import.Done} of about {sync.Import.Estimate})");
        }

        if (sync is { FailedWrites: > 0 })
        {
            parts.Add($"{sync.FailedWrites} write(s) to Jira failed");
        }

        if (sync?.LastError is { } error)
        {
            parts.Add($"last error: {error}");
        }

        return string.Join("; ", parts);
    }

    public static string Outcome(string outcome) => outcome switch
    {
        "passed" => "Passed",
        "failed" => "Failed",
        "warning" => "Warning",
        _ => "Skipped",
    };

    public static string Icon(string outcome) => outcome switch
    {
        "passed" => "check_circle",
        "failed" => "cancel",
        "warning" => "warning",
        _ => "remove_circle_outline",
    };

    public static string Check(string name) => name switch
    {
        ConnectionCheckNames.Https => "Secure address (https)",
        ConnectionCheckNames.JiraCloud => "Answers as Jira Cloud",
        ConnectionCheckNames.Credentials => "Credentials (e-mail and API token)",
        ConnectionCheckNames.Administer => "Administer Jira permission",
        ConnectionCheckNames.Webhook => "Webhook registered and reachable",
        _ => name,
    };
}
