using System.CommandLine;
using Microsoft.Extensions.Options;
using Panorama.Data;
using Panorama.Data.Database;
using Panorama.Data.Sync;
using Panorama.Sync;
using Panorama.Sync.Connections;
using Panorama.Sync.Import;
using Panorama.Sync.Reconciliation;
using Panorama.Web.Boxes.Integration;
using Spectre.Console;

namespace Panorama.Web.CommandLine;

/// <summary>
/// <c>panorama sync [N | --all] [--full] [--db ...]</c> (SPEC 4.1): imports a connection that was never imported (or
/// every one with <c>--full</c>), otherwise reconciles it with the id sweep, now, in this process, with a progress
/// bar. It takes the connection's sync lease like a server node, so it never runs alongside a node syncing the same
/// connection.
/// </summary>
internal static class SyncCommand
{
    public const int Failed = 1;

    public static Command Create()
    {
        var connection = new Argument<string?>("CONNECTION") { Description = "The connection's name or id.", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Every valid connection." };
        var full = new Option<bool>("--full") { Description = "Import everything again instead of reconciling what changed." };
        var db = CommonOptions.Database();
        var command = new Command("sync", "Import or reconcile connections now, with a progress bar.") { connection, all, full, db };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(connection), parseResult.GetValue(all), parseResult.GetValue(full), parseResult.GetValue(db),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    /// <param name="configure">Tests replace services here (e.g. the box scopes, until boxes store them).</param>
    internal static async Task<int> RunAsync(string? name, bool all, bool full, DatabaseTarget? database, TextWriter output, TextWriter error,
        CancellationToken cancellationToken, Action<IServiceCollection>? configure = null)
    {
        if ((name is null) == !all)
        {
            await error.WriteLineAsync("panorama: name one connection (its name or id) or give --all.");
            return PanoramaCommandLine.UsageError;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(database?.ToConfiguration() ?? []);
        builder.Configuration.AddInMemoryCollection([new("Sync:Workers", "false")]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddPanoramaData();
        builder.Services.AddPanoramaSync();
        builder.Services.AddBoxIntegration(); // the box scopes are what gets imported
        configure?.Invoke(builder.Services);
        using var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(TimeSpan.FromSeconds(30));
            await host.Services.GetRequiredService<DatabaseState>().WhenReadyAsync(wait.Token);
        }
        catch (Exception ex) when (ex is OptionsValidationException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var reason = ex is OptionsValidationException invalid ? string.Join(" ", invalid.Failures)
                : host.Services.GetRequiredService<DatabaseState>().LastError ?? "the database did not become ready.";
            await error.WriteLineAsync($"panorama: cannot open the store: {reason}");
            return Failed;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var code = await SyncAsync(host.Services, name, full, console, error, cancellationToken);
        await host.StopAsync(CancellationToken.None);
        return code;
    }

    private static async Task<int> SyncAsync(IServiceProvider services, string? name, bool full, IAnsiConsole console, TextWriter error,
        CancellationToken cancellationToken)
    {
        var connections = await services.GetRequiredService<SyncConnectionCatalog>().ListAsync(cancellationToken);
        var chosen = name is null ? connections
            : connections.Where(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase) || c.Id.ToString() == name).ToList();
        if (chosen.Count == 0)
        {
            await error.WriteLineAsync(name is null ? "panorama: there are no connections yet." : $"panorama: there is no connection '{name}'. " +
                $"Known: {string.Join(", ", connections.Select(c => c.Name))}.");
            return Failed;
        }

        var runner = services.GetRequiredService<SyncRunner>();
        var states = services.GetRequiredService<SyncStateStore>();
        var code = 0;
        foreach (var connection in chosen)
        {
            if (!connection.IsValid)
            {
                await error.WriteLineAsync($"panorama: {connection.Name} is {connection.Status.ToString().ToLowerInvariant()}: {connection.StatusReason ?? "it has not been checked yet."} It is not synced.");
                code = Failed;
                continue;
            }

            var state = await states.GetAsync(connection.Id, cancellationToken);
            var kind = full || state.ImportState != SyncImportState.Done ? SyncRunKind.Import : SyncRunKind.Sweep;
            try
            {
                var outcome = await RunWithProgressAsync(console, runner, connection, kind, cancellationToken);
                if (outcome is null)
                {
                    await error.WriteLineAsync($"panorama: another node is syncing {connection.Name} right now; try again in a moment.");
                    code = Failed;
                    continue;
                }

                console.WriteLine($"{connection.Name}: {(kind == SyncRunKind.Import ? "imported" : "reconciled")} {outcome.Written} issues, " +
                    $"{outcome.Deleted} deleted in Jira, {outcome.LeftScope} out of scope, in {outcome.Duration.TotalSeconds:F1} s.");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await error.WriteLineAsync($"panorama: {connection.Name}: {ex.Message}");
                code = Failed;
            }
        }

        return code;
    }

    private static async Task<SyncRunOutcome?> RunWithProgressAsync(IAnsiConsole console, SyncRunner runner, SyncConnection connection,
        SyncRunKind kind, CancellationToken cancellationToken)
    {
        SyncRunOutcome? outcome = null;
        await console.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"{Markup.Escape(connection.Name)}: {(kind == SyncRunKind.Import ? "import" : "reconcile")}", maxValue: 1);
                task.IsIndeterminate = true;
                var progress = new Progress<ImportProgress>(p =>
                {
                    if (p.Estimate > 0)
                    {
                        task.IsIndeterminate = false;
                        task.MaxValue = Math.Max(p.Estimate, p.Done);
                        task.Value = p.Done;
                    }

                    task.Description = $"{Markup.Escape(connection.Name)}: {p.Phase.ToString().ToLowerInvariant()} {p.Done:N0}/{p.Estimate:N0}";
                });
                outcome = await runner.RunAsync(connection.Id, kind, progress, cancellationToken);
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
                task.StopTask();
            });
        return outcome;
    }
}
