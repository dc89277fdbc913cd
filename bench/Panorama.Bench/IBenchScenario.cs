namespace Panorama.Bench;

/// <summary>
/// One scenario of SPEC section 5. Scenarios are found by reflection: add a class in <c>Scenarios/</c>, nothing else.
/// Each prints a table and, last, one summary line (<see cref="BenchReport.Summary"/>).
/// </summary>
public interface IBenchScenario
{
    /// <summary>The name given on the command line, e.g. <c>scheduling</c>.</summary>
    string Name { get; }

    /// <summary>What it measures and the target it is compared with.</summary>
    string Description { get; }

    Task RunAsync(BenchReport report, CancellationToken cancellationToken);
}
