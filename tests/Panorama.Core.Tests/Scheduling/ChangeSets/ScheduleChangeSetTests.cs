using System.Text.Json;
using Panorama.Core.Dependencies;
using Panorama.Core.Scheduling;
using Panorama.Core.Scheduling.ChangeSets;
using Panorama.Core.Tasks;

namespace Panorama.Core.Tests.Scheduling.ChangeSets;

public sealed class ScheduleChangeSetTests
{
    [Fact]
    public void ChangeSet_ShouldRoundTripThroughJson_WithTaskKeys_SoItCanBeStoredForUndo()
    {
        var a = new TaskKey(Guid.NewGuid(), 10001);
        var b = new TaskKey(Guid.NewGuid(), 10002);
        var changeSet = new ScheduleChangeSet<TaskKey>(
            [new(a, new(2026, 1, 5), new(2026, 1, 7), new(2026, 1, 6), new(2026, 1, 8))],
            [new ScheduleConflict<TaskKey>(a, b, DependencyType.FS, 1, 2)]);

        var json = JsonSerializer.Serialize(changeSet, JsonSerializerOptions.Web);
        var read = JsonSerializer.Deserialize<ScheduleChangeSet<TaskKey>>(json, JsonSerializerOptions.Web)!;

        Assert.Equal(changeSet.Changes, read.Changes);
        Assert.Equal(changeSet.Conflicts, read.Conflicts);
        Assert.Contains("\"newStart\":\"2026-01-06\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Inverse_ShouldSwapOldAndNewDates_ForEveryTask()
    {
        var changeSet = new ScheduleChangeSet<string>(
        [
            new("A", new(2026, 1, 5), new(2026, 1, 7), new(2026, 1, 6), new(2026, 1, 8)),
            new("B", new(2026, 1, 8), new(2026, 1, 9), new(2026, 1, 9), new(2026, 1, 12)),
        ]);

        var inverse = changeSet.Inverse();

        Assert.Equal(
            [
                new ScheduledDateChange<string>("A", new(2026, 1, 6), new(2026, 1, 8), new(2026, 1, 5), new(2026, 1, 7)),
                new ScheduledDateChange<string>("B", new(2026, 1, 9), new(2026, 1, 12), new(2026, 1, 8), new(2026, 1, 9)),
            ],
            inverse.Changes);
        Assert.Empty(inverse.Conflicts);
        Assert.False(inverse.IsRefused);
    }
}
