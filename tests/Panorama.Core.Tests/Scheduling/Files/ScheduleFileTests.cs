using Panorama.Core.Scheduling.Files;

namespace Panorama.Core.Tests.Scheduling.Files;

public sealed class ScheduleFileTests
{
    /// <summary>The example of SPEC 4.5.</summary>
    private const string SpecExample = """
        {
          "start": "2026-01-05",
          "calendar": { "workingDays": ["Mon","Tue","Wed","Thu","Fri"], "holidays": ["2026-01-19"] },
          "tasks": [ { "id": "A", "duration": 3 }, { "id": "B", "duration": 2, "mode": "auto" },
                     { "id": "M", "duration": 0 } ],
          "links": [ { "from": "A", "to": "B", "type": "FS", "lag": 2 } ]
        }
        """;

    [Fact]
    public void Compute_ShouldScheduleTheSpecExample()
    {
        var outcome = ScheduleFile.Compute(SpecExample);

        Assert.True(outcome.IsValid, string.Join(" ", outcome.Errors));
        var result = outcome.Result!;
        Assert.Equal(7, result.Duration);
        Assert.Equal(new DateOnly(2026, 1, 13), result.Finish);
        var a = result.Tasks.Single(t => t.Id == "A");
        var b = result.Tasks.Single(t => t.Id == "B");
        var m = result.Tasks.Single(t => t.Id == "M");
        Assert.Equal((0, 3, 0, 3, new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 7), 0, 0, true), (a.Es, a.Ef, a.Ls, a.Lf, a.StartDate, a.EndDate, a.TotalFloat, a.FreeFloat, a.Critical));
        Assert.Equal((5, 7, new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 13), true), (b.Es, b.Ef, b.StartDate, b.EndDate, b.Critical));
        Assert.Equal((0, 0, 7, 7, 7, new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5), false), (m.Es, m.Ef, m.Ls, m.Lf, m.TotalFloat, m.StartDate, m.EndDate, m.Critical));
        Assert.Equal(["A", "B"], result.CriticalPath);
    }

    [Fact]
    public void Compute_ShouldSkipAHolidayInsideATask()
    {
        var outcome = ScheduleFile.Compute("""
            { "start": "2026-01-15", "calendar": { "holidays": ["2026-01-19"] }, "tasks": [ { "id": "A", "duration": 3 } ] }
            """);

        var a = Assert.Single(outcome.Result!.Tasks);
        Assert.Equal((new DateOnly(2026, 1, 15), new DateOnly(2026, 1, 20)), (a.StartDate, a.EndDate));
    }

    [Fact]
    public void Compute_ShouldPlaceManualTasksAtTheirDates_AndReportTheirConflicts()
    {
        var outcome = ScheduleFile.Compute("""
            {
              "start": "2026-01-05",
              "tasks": [ { "id": "A", "duration": 5 }, { "id": "B", "duration": 1, "mode": "manual", "startDate": "2026-01-07" },
                         { "id": "D", "duration": 1, "done": true, "startDate": "2025-12-31" } ],
              "links": [ { "from": "A", "to": "B" } ]
            }
            """);

        var result = outcome.Result!;
        var b = result.Tasks.Single(t => t.Id == "B");
        Assert.Equal((2, "manual", new DateOnly(2026, 1, 7)), (b.Es, b.Mode, b.StartDate));
        Assert.Equal(-3, result.Tasks.Single(t => t.Id == "D").Es);
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(("A", "B", "FS", 3), (conflict.From, conflict.To, conflict.Type, conflict.Amount));
        Assert.Contains("'B' breaks its FS dependency on 'A'", conflict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "tasks": [] }""", "\"start\" is missing")]
    [InlineData("""{ "start": "2026-02-30", "tasks": [] }""", "\"start\" is '2026-02-30', which is not a date")]
    [InlineData("""{ "start": "2026-01-05" }""", "\"tasks\" is missing")]
    [InlineData("""{ "start": "2026-01-05", "calendar": { "workingDays": ["Mon", "Mox"] }, "tasks": [] }""", "calendar.workingDays[1] is 'Mox', which is not a weekday")]
    [InlineData("""{ "start": "2026-01-05", "calendar": { "workingDays": [] }, "tasks": [] }""", "at least one working day")]
    [InlineData("""{ "start": "2026-01-05", "calendar": { "holidays": ["next friday"] }, "tasks": [] }""", "calendar.holidays[0] is 'next friday'")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A", "duration": -2 } ] }""", "Task 'A' has a negative duration (-2)")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A" } ] }""", "Task 'A' has no \"duration\"")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "duration": 1 } ] }""", "tasks[0] has no \"id\"")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A", "duration": 1 }, { "id": "A", "duration": 1 } ] }""", "Task 'A' appears more than once")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A", "duration": 1, "mode": "manual" } ] }""", "Task 'A' is manual but has no \"startDate\"")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A", "duration": 1, "mode": "locked" } ] }""", "Task 'A' is locked but has no \"startDate\"")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A", "duration": 1, "mode": "manual", "startDate": "05/01/2026" } ] }""", "Task 'A''s \"startDate\" is '05/01/2026'")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A", "duration": 1, "mode": "fixed" } ] }""", "Task 'A' has mode 'fixed'; use auto, manual or locked")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A", "duration": 1 } ], "links": [ { "from": "A", "to": "Z" } ] }""", "links[0] (A -> Z) names task 'Z' in \"to\", which is not in \"tasks\"")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A", "duration": 1 } ], "links": [ { "to": "A" } ] }""", "links[0] (? -> A) has no \"from\"")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A", "duration": 1 }, { "id": "B", "duration": 1 } ], "links": [ { "from": "A", "to": "B", "type": "XS" } ] }""", "links[0] (A -> B) has type 'XS'; use FS, SS, FF or SF")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A", "duration": 1 }, { "id": "B", "duration": 1 } ], "links": [ { "from": "A", "to": "B", "type": "1" } ] }""", "has type '1'")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A", "duration": 1 }, { "id": "B", "duration": 1 } ], "links": [ { "from": "A", "to": "B" }, { "from": "B", "to": "A", "type": "SS" } ] }""", "cycle: 'A' -> 'B' -> 'A'")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A", "duration": "three" } ] }""", "not valid JSON at $.tasks[0].duration (line 1): the value has the wrong type")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A", "duration": 1 } """, "not valid JSON")]
    [InlineData("null", "The schedule file is empty")]
    public void Compute_ShouldExplainWhatIsWrong(string json, string expected)
    {
        var outcome = ScheduleFile.Compute(json);

        Assert.False(outcome.IsValid);
        Assert.Contains(outcome.Errors, e => e.Contains(expected, StringComparison.Ordinal));
        Assert.All(outcome.Errors, e => Assert.DoesNotContain("System.", e, StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_ShouldIgnoreSoftLinks_AndAcceptCommentsAndTrailingCommas()
    {
        var outcome = ScheduleFile.Compute("""
            {
              // a hand-written file
              "start": "2026-01-05",
              "tasks": [ { "id": "A", "duration": 2 }, { "id": "B", "duration": 2 }, ],
              "links": [ { "from": "A", "to": "B", "strength": "soft" }, { "from": "B", "to": "A", "type": "ss" } ],
            }
            """);

        Assert.True(outcome.IsValid, string.Join(" ", outcome.Errors));
        Assert.Equal(0, outcome.Result!.Tasks.Single(t => t.Id == "B").Es);
    }

    [Fact]
    public void ToJson_ShouldWriteTheFieldsOfSpec45()
    {
        var json = ScheduleFile.ToJson(ScheduleFile.Compute(SpecExample).Result!);

        foreach (var field in new[] { "\"es\": 0", "\"ef\": 3", "\"ls\"", "\"lf\"", "\"startDate\": \"2026-01-05\"", "\"endDate\": \"2026-01-07\"", "\"totalFloat\"", "\"freeFloat\"", "\"critical\": true", "\"duration\": 7" })
        {
            Assert.Contains(field, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compute_ShouldReportAScheduleRunningPastTheCalendar()
    {
        var outcome = ScheduleFile.Compute("""{ "start": "9999-12-01", "tasks": [ { "id": "A", "duration": 500 } ] }""");

        Assert.False(outcome.IsValid);
        Assert.Contains("Task 'A' would fall outside the calendar", outcome.Errors[0], StringComparison.Ordinal);
    }
}
