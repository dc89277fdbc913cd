using Panorama.Data.Connections;
using Panorama.Data.Sync;
using Panorama.Sync.Import;
using Panorama.Sync.Reconciliation;
using Spectre.Console;

namespace Panorama.Web.Demo;

/// <summary>
/// Imports every demo connection now, with a progress bar per site, so the banner appears over a full store. When a
/// sync worker has already taken a site's lease, waits for that import instead.
/// </summary>
internal static class DemoImport
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    public static async Task RunAsync(IServiceProvider services, IReadOnlyList<Connection> connections, TextWriter output, CancellationToken cancellationToken)
    {
        var runner = services.GetRequiredService<SyncRunner>();
        var states = services.GetRequiredService<SyncStateStore>();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        await console.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                await Task.WhenAll(connections.Select(async connection =>
                {
                    var task = context.AddTask($"{Markup.Escape(connection.Name)}: import", maxValue: 1);
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
                    if (await runner.RunAsync(connection.Id, SyncRunKind.Import, progress, cancellationToken) is null)
                    {
                        while ((await states.GetAsync(connection.Id, cancellationToken)).ImportState != SyncImportState.Done)
                        {
                            await Task.Delay(Poll, cancellationToken);
                        }
                    }

                    task.IsIndeterminate = false;
                    task.Value = task.MaxValue;
                    task.StopTask();
                }));
            });
    }
}
