using Tiflux.Tickets.Calendar;

namespace Tiflux.Tickets.Tests.Unit.Calendar;

public sealed class NationalHolidaysTests
{
    [Theory]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    public void Easter_MatchesThePublishedDate(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), NationalHolidays.Easter(year));

    [Fact]
    public void For2026_HasTheMovableDaysFromEasterOnApril5()
    {
        var days = NationalHolidays.For(2026).ToDictionary(h => h.Date);

        // Easter 05/04/2026: Carnaval = −48 and −47 days (16 and 17/02), Good Friday = −2 (03/04), Corpus Christi = +60 (04/06).
        Assert.True(days[new(2026, 2, 16)].Optional);
        Assert.True(days[new(2026, 2, 17)].Optional);
        Assert.False(days[new(2026, 4, 3)].Optional);
        Assert.Equal("Sexta-feira Santa", days[new(2026, 4, 3)].Name);
        Assert.True(days[new(2026, 6, 4)].Optional);
        Assert.Equal(13, days.Count);
    }

    [Fact]
    public void BlackConsciousnessDay_IsNationalFrom2024Only()
    {
        Assert.DoesNotContain(NationalHolidays.For(2023), h => h.Date == new DateOnly(2023, 11, 20));
        Assert.Contains(NationalHolidays.For(2024), h => h.Date == new DateOnly(2024, 11, 20));
    }

    [Fact]
    public void For_ListsTheDatesInOrder()
    {
        var dates = NationalHolidays.For(2025).Select(h => h.Date).ToList();

        Assert.Equal(dates.Order(), dates);
        Assert.Equal(new DateOnly(2025, 4, 18), dates.Single(d => d.Month == 4 && d.DayOfWeek == DayOfWeek.Friday));
    }
}
