using System.CommandLine;

namespace Panorama.Web.CommandLine;

/// <summary>Builds the <c>panorama</c> command tree (SPEC 4.1) and runs the chosen command.</summary>
public static class PanoramaCommandLine
{
    /// <summary>Exit code for a command line the parser rejected.</summary>
    public const int UsageError = 2;

    public static RootCommand Build()
    {
        var root = new RootCommand(
            "Panorama: a self-hosted portfolio planner for several Jira Cloud sites. " +
            "With no command, 'serve' runs.");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ScheduleCommand.Create());
        root.Subcommands.Add(JiraSimCommand.Create());
        root.Subcommands.Add(ConnectionCommand.Create());
        root.Subcommands.Add(SyncCommand.Create());
        root.Subcommands.Add(Demo.DemoCommand.Create());
        return root;
    }

    public static async Task<int> InvokeAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        // No command means "serve": it is what an operator runs, and what WebApplicationFactory runs in tests
        // (it calls the entry point with host settings only, such as --environment=Testing).
        if (args.Length == 0 || (args[0].StartsWith("--", StringComparison.Ordinal) && args[0] is not ("--help" or "--version")))
        {
            args = ["serve", .. args];
        }

        var parseResult = Build().Parse(args);
        var stderr = error ?? Console.Error;
        if (parseResult.Errors.Count > 0)
        {
            // One line per problem, no help dump and no stack trace: the operator sees what to fix.
            foreach (var parseError in parseResult.Errors)
            {
                await stderr.WriteLineAsync($"panorama: {parseError.Message}");
            }

            await stderr.WriteLineAsync("Run 'panorama --help' for usage.");
            return UsageError;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = stderr,
            // The web host handles SIGINT/SIGTERM itself and shuts down gracefully.
            ProcessTerminationTimeout = null,
        };
        return await parseResult.InvokeAsync(configuration);
    }
}
