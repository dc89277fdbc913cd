using Panorama.Core.Scheduling;

namespace Panorama.Core.Tests.Scheduling;

/// <summary>Every case of the textbook PDM fixture reproduces exactly.</summary>
public sealed class TextbookCasesTests
{
    public static TheoryData<string> CaseNames => [.. TextbookCase.Load().Select(c => c.Name)];

    [Fact]
    public void Fixture_ShouldHoldTheFiveCases()
    {
        Assert.Equal(["case1", "case2", "case3", "case4", "case5"], TextbookCase.Load().Select(c => c.Name));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Schedule_ShouldReproduceTheTextbookNumbers(string name)
    {
        var expected = TextbookCase.Load().Single(c => c.Name == name);

        var schedule = ScheduleNetwork.Create(expected.Tasks, expected.Links).Schedule();

        Assert.Equal(expected.Duration, schedule.Duration);
        foreach (var activity in expected.Activities)
        {
            var actual = schedule[activity.Id];
            var wanted = (activity.EarlyStart, activity.EarlyFinish, activity.LateStart, activity.LateFinish, activity.TotalFloat);
            Assert.True(
                wanted == (actual.EarlyStart, actual.EarlyFinish, actual.LateStart, actual.LateFinish, actual.TotalFloat),
                $"{name} {activity.Id}: expected ES/EF/LS/LF/TF {wanted}, got {actual}");
        }

        Assert.Equal(expected.Critical.Order(), schedule.CriticalPath().Order());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Schedule_ShouldGiveTheSameNumbers_WhenTasksAndLinksAreGivenBackwards(string name)
    {
        var textbook = TextbookCase.Load().Single(c => c.Name == name);

        var forward = ScheduleNetwork.Create(textbook.Tasks, textbook.Links).Schedule();
        var backward = ScheduleNetwork.Create(textbook.Tasks.Reverse(), textbook.Links.Reverse()).Schedule();

        foreach (var activity in textbook.Activities)
        {
            Assert.Equal(forward[activity.Id], backward[activity.Id]);
        }
    }
}
