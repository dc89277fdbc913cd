using System.Reflection;
using Panorama.Data.Database;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace Panorama.Testing.Databases;

/// <summary>
/// Runs a storage theory once per provider: the test takes a <see cref="DatabaseProvider"/> and creates its
/// database with <see cref="TestDatabase.CreateAsync"/>. Both rows always run; PostgreSQL is started by the
/// harness, never skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseDataAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new([new TheoryDataRow(DatabaseProvider.Sqlite), new TheoryDataRow(DatabaseProvider.Postgres)]);

    public override bool SupportsDiscoveryEnumeration() => true;
}
