using Panorama.Core.Scheduling.Calendars;

namespace Panorama.Core.Tests.Scheduling;

public sealed class WorkingCalendarTests
{
    private static readonly DateOnly NewYear2027 = new(2027, 1, 1);
    private static readonly WorkingCalendar WithNewYear = new(WorkingCalendar.Standard.WorkingDays, [NewYear2027]);

    [Fact]
    public void AddWorkingDays_ShouldSkipTheWeekend()
    {
        // Friday 2026-01-09 + 1 working day = Monday 2026-01-12.
        Assert.Equal(new DateOnly(2026, 1, 12), WorkingCalendar.Standard.AddWorkingDays(new(2026, 1, 9), 1));
        Assert.Equal(new DateOnly(2026, 1, 9), WorkingCalendar.Standard.AddWorkingDays(new(2026, 1, 12), -1));
    }

    [Fact]
    public void AddWorkingDays_ShouldCrossTheYearEndAndAHoliday()
    {
        // Thursday 2026-12-31, Friday 2027-01-01 is a holiday, then the weekend: the next working day is Monday 4th.
        Assert.Equal(new DateOnly(2027, 1, 4), WithNewYear.AddWorkingDays(new(2026, 12, 31), 1));
        Assert.Equal(new DateOnly(2026, 12, 31), WithNewYear.AddWorkingDays(new(2027, 1, 4), -1));
        Assert.Equal(2, WithNewYear.CountWorkingDays(new(2026, 12, 31), new(2027, 1, 4)));
    }

    [Fact]
    public void TwoDayTask_ShouldSpanFromDecember31ToJanuary4_WhenNewYearIsAHoliday()
    {
        var timeline = new ScheduleTimeline(WithNewYear, new(2026, 12, 31));

        Assert.Equal(new DateOnly(2026, 12, 31), timeline.StartDate(0));
        Assert.Equal(new DateOnly(2027, 1, 4), timeline.EndDate(0, 2));
    }

    [Fact]
    public void EndDate_ShouldBeInclusive_AndAMilestoneEndsWhereItStarts()
    {
        var timeline = new ScheduleTimeline(WorkingCalendar.Standard, new(2026, 1, 5));

        Assert.Equal(new DateOnly(2026, 1, 5), timeline.EndDate(0, 1));
        Assert.Equal(new DateOnly(2026, 1, 9), timeline.EndDate(0, 5));
        Assert.Equal(new DateOnly(2026, 1, 12), timeline.EndDate(5, 5));
    }

    [Theory]
    [InlineData("2026-01-10")]
    [InlineData("2026-01-11")]
    public void ToWorkingDayNumber_ShouldGiveAWeekendDayTheNumberOfTheNextMonday(string weekend)
    {
        var day = DateOnly.Parse(weekend, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(WorkingCalendar.Standard.ToWorkingDayNumber(new(2026, 1, 12)), WorkingCalendar.Standard.ToWorkingDayNumber(day));
        Assert.False(WorkingCalendar.Standard.IsWorkingDay(day));
    }

    [Fact]
    public void NegativeOffsets_ShouldCountBackwardsOverHolidays()
    {
        var timeline = new ScheduleTimeline(WithNewYear, new(2027, 1, 4));

        Assert.Equal(new DateOnly(2026, 12, 31), timeline.ToDate(-1));
        Assert.Equal(new DateOnly(2026, 12, 30), timeline.ToDate(-2));
        Assert.Equal(-1, timeline.ToOffset(new(2026, 12, 31)));
        Assert.Equal(0, timeline.ToOffset(NewYear2027));
    }

    [Fact]
    public void Conversions_ShouldRoundTripEveryDay_OnAnUnusualCalendar()
    {
        // Sunday to Thursday with a run of holidays, a holiday on a weekend day and a duplicate.
        DateOnly[] holidays = [new(2026, 12, 24), new(2026, 12, 27), new(2026, 12, 28), new(2026, 12, 26), new(2026, 12, 28), new(2027, 3, 1)];
        var calendar = new WorkingCalendar([DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], holidays);
        // 2026-11-01 is a Sunday, a working day here.
        var previous = calendar.ToWorkingDayNumber(new(2026, 11, 1)) - 1;
        for (var day = new DateOnly(2026, 11, 1); day < new DateOnly(2027, 6, 1); day = day.AddDays(1))
        {
            var number = calendar.ToWorkingDayNumber(day);
            var working = day.DayOfWeek is not (DayOfWeek.Friday or DayOfWeek.Saturday) && !holidays.Contains(day);
            Assert.Equal(working, calendar.IsWorkingDay(day));
            if (working)
            {
                Assert.Equal(previous + 1, number);
                Assert.Equal(day, calendar.FromWorkingDayNumber(number));
                previous = number;
            }
            else
            {
                Assert.Equal(previous + 1, number);
            }
        }
    }

    [Fact]
    public void CountWorkingDays_ShouldBeZero_WhenTheRangeIsEmptyOrOnlyAWeekend()
    {
        Assert.Equal(0, WorkingCalendar.Standard.CountWorkingDays(new(2026, 1, 10), new(2026, 1, 11)));
        Assert.Equal(0, WorkingCalendar.Standard.CountWorkingDays(new(2026, 1, 12), new(2026, 1, 9)));
        Assert.Equal(261, WorkingCalendar.Standard.CountWorkingDays(new(2025, 1, 1), new(2025, 12, 31)));
    }

    [Fact]
    public void Constructor_ShouldRefuseACalendarWithoutWorkingDays()
    {
        Assert.Throws<ArgumentException>(() => new WorkingCalendar([]));
    }

    [Fact]
    public void FarDates_ShouldConvertExactly()
    {
        var calendar = WorkingCalendar.Standard;
        var far = new DateOnly(2099, 12, 31);

        Assert.Equal(far, calendar.FromWorkingDayNumber(calendar.ToWorkingDayNumber(far)));
        Assert.False(calendar.TryFromWorkingDayNumber(int.MaxValue, out _));
        Assert.False(calendar.TryFromWorkingDayNumber(-1, out _));
    }
}
