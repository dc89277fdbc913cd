using Panorama.Core.Connections;
using Panorama.Core.Dependencies;
using static Panorama.Testing.Tasks.SeedTasks;

namespace Panorama.Testing.Tasks;

/// <summary>
/// A small store of three connected sites, as the box tests use it:
/// <list type="bullet">
/// <item><b>alpha</b> (primary, valid): OPS-1 epic; OPS-2 and OPS-3 stories under it; OPS-4 task (done); WEB-1 (no
/// dates). Link "Blocks" (10000, mapped FS strong synced): OPS-2 blocks OPS-3. Link "Relates" (10003, unmapped): OPS-3
/// relates OPS-4. Native field customfield_10016 (story points).</item>
/// <item><b>beta</b> (secondary, valid): BET-1, BET-2, BET-3. Link "Blocks" (20000, mapped FS strong synced): BET-1
/// blocks BET-2, which starts before BET-1 ends (a conflict). Native field customfield_10104 (team).</item>
/// <item><b>gamma</b> (secondary, invalid: its token was rejected): GAM-1, GAM-2. No mappings.</item>
/// </list>
/// Both alpha and beta have an "In Progress" status, with different ids. Dates in January 2026 (Mon 5th = day 1).
/// </summary>
public static class ThreeSites
{
    public static readonly SeedSite Alpha = new(new Guid("a1a1a1a1-0000-0000-0000-000000000001"), "alpha", true, 100);
    public static readonly SeedSite Beta = new(new Guid("b2b2b2b2-0000-0000-0000-000000000002"), "beta", false, 200);
    public static readonly SeedSite Gamma = new(new Guid("c3c3c3c3-0000-0000-0000-000000000003"), "gamma", false, 300);

    public const string AlphaBlocks = "10000";
    public const string AlphaRelates = "10003";
    public const string BetaBlocks = "20000";
    public const string GammaInvalidReason = "The API token was rejected (401): create a new token and update the connection.";

    public const long Ops1 = 10001, Ops2 = 10002, Ops3 = 10003, Ops4 = 10004, Web1 = 10005;
    public const long Bet1 = 20001, Bet2 = 20002, Bet3 = 20003;
    public const long Gam1 = 30001, Gam2 = 30002;

    public static readonly (string, string) Ada = ("acc-ada", "Ada Lovelace");
    public static readonly (string, string) Grace = ("acc-grace", "Grace Hopper");

    public static async Task SeedAsync(TaskStoreSeeder seeder, CancellationToken cancellationToken = default)
    {
        await seeder.AddConnectionAsync(Alpha, dependencies: Blocks(AlphaBlocks), cancellationToken: cancellationToken);
        await seeder.AddConnectionAsync(Beta, dependencies: Blocks(BetaBlocks), cancellationToken: cancellationToken);
        await seeder.AddConnectionAsync(Gamma, ConnectionStatus.Invalid, GammaInvalidReason, cancellationToken: cancellationToken);

        await seeder.AddTasksAsync(
        [
            Task(Alpha, Ops1, "OPS-1", "Launch the portal", issueType: "Epic", hierarchyLevel: 1, estimate: 144000,
                nativeFields: "\"customfield_10016\":13"),
            Task(Alpha, Ops2, "OPS-2", "Design the login", Alpha.InProgress, parent: Ops1, start: Day(5), end: Day(9),
                estimate: 28800, progress: 50, assignee: Ada, nativeFields: "\"customfield_10016\":3"),
            Task(Alpha, Ops3, "OPS-3", "Build the login", parent: Ops1, start: Day(12), end: Day(16), estimate: 57600, progress: 0,
                nativeFields: "\"customfield_10016\":5"),
            Task(Alpha, Ops4, "OPS-4", "Write the runbook", Alpha.Done, issueType: "Task", start: Day(19), end: Day(20), progress: 100,
                nativeFields: "\"customfield_10016\":2"),
            Task(Alpha, Web1, "WEB-1", "Refresh the landing page", issueType: "Task"),
            Task(Beta, Bet1, "BET-1", "Provision the cluster", Beta.InProgress, start: Day(5), end: Day(9), estimate: 28800, progress: 20,
                assignee: Grace, nativeFields: "\"customfield_10104\":\"Red\""),
            Task(Beta, Bet2, "BET-2", "Install the gateway", start: Day(7), end: Day(8), assignee: Ada, nativeFields: "\"customfield_10104\":\"Blue\""),
            Task(Beta, Bet3, "BET-3", "Open to customers", start: Day(19), end: Day(23), nativeFields: "\"customfield_10104\":\"Red\""),
            Task(Gamma, Gam1, "GAM-1", "Audit the logs", Gamma.InProgress, issueType: "Task", start: Day(5), end: Day(6),
                nativeFields: "\"components\":[{\"name\":\"Security\"}]"),
            Task(Gamma, Gam2, "GAM-2", "Rotate the keys", issueType: "Task"),
        ], cancellationToken);

        await seeder.AddLinksAsync(
        [
            Link(Alpha, 1001, AlphaBlocks, Ops2, Ops3),
            Link(Alpha, 1002, AlphaRelates, Ops3, Ops4),
            Link(Beta, 2001, BetaBlocks, Bet1, Bet2),
        ], cancellationToken);
    }

    /// <summary>A day of January 2026.</summary>
    public static DateOnly Day(int day) => new(2026, 1, day);

    /// <summary>"Blocks", outward: "X blocks Y" makes X the predecessor (FS, strong, synced).</summary>
    public static DependencyMapping Blocks(string linkTypeId) =>
        new([new DependencyMappingEntry(linkTypeId, LinkDirection.Outward, DependencyType.FS, DependencyStrength.Strong)]);
}
