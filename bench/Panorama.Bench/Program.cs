using Spectre.Console;

namespace Panorama.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Panorama.Bench -- [scenario ...|all|list]</c>: runs the scenarios of SPEC 5.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var scenarios = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchScenario).IsAssignableFrom(t))
            .Select(t => (IBenchScenario)Activator.CreateInstance(t)!)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();

        if (args.Length == 0 || args[0] is "list" or "--help" or "-h")
        {
            AnsiConsole.WriteLine("Scenarios (run one or more by name, or 'all'):");
            foreach (var scenario in scenarios)
            {
                AnsiConsole.WriteLine($"  {scenario.Name,-20} {scenario.Description}");
            }

            return args.Length == 0 ? 1 : 0;
        }

        var chosen = args.Contains("all") ? scenarios : scenarios.Where(s => args.Contains(s.Name)).ToList();
        var unknown = args.Where(a => a != "all" && scenarios.All(s => s.Name != a)).ToList();
        if (unknown.Count > 0)
        {
            AnsiConsole.WriteLine($"Unknown scenario(s): {string.Join(", ", unknown)}. Run with 'list'.");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        var report = new BenchReport(AnsiConsole.Console);
        foreach (var scenario in chosen)
        {
            AnsiConsole.Write(new Rule(scenario.Name));
            await scenario.RunAsync(report, cancel.Token);
        }

        return 0;
    }
}
