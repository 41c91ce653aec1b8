using Microsoft.Extensions.Time.Testing;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Tests.Unit;

/// <summary>The one pt-BR presentation and reading of money, dates and durations (docs/decisions/0015-rule-homes.md).</summary>
public sealed class PtBrTests
{
    [Theory]
    [InlineData("1234.56", "R$ 1.234,56")]
    [InlineData("-76.5", "−R$ 76,50")]
    [InlineData("0", "R$ 0,00")]
    [InlineData("9999999.99", "R$ 9.999.999,99")]
    public void Money_IsWrittenTheBrazilianWay(string value, string expected) =>
        Assert.Equal(expected, PtBr.Money(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Money_HiddenOrMissing_HasItsOwnMarks()
    {
        Assert.Equal(PtBr.Hidden, PtBr.Money(10m, visible: false));
        Assert.Equal(PtBr.Empty, PtBr.Money((decimal?)null));
    }

    [Theory]
    [InlineData(1200, "20:00")]
    [InlineData(61, "01:01")]
    [InlineData(6000, "100:00")]
    [InlineData(-90, "-01:30")]
    public void Hhmm_AllowsMoreThanADayAndNegatives(int minutes, string expected) => Assert.Equal(expected, PtBr.Hhmm(minutes));

    [Fact]
    public void DateTime_IsSaoPauloWallClock_NotTheServerZone() =>
        Assert.Equal("01/12/2026 23:30", PtBr.DateTime(new DateTimeOffset(2026, 12, 2, 2, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void Today_IsTheSaoPauloDate_WhateverTheServerZone()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 2, 30, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);

        Assert.Equal(new DateOnly(2026, 12, 1), BrazilTime.Today(clock));
    }

    [Fact]
    public void Period_OneDayOrOpen_ShowsOneDate()
    {
        Assert.Equal("01/11/2026 a 30/11/2026", PtBr.Period(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));
        Assert.Equal("01/11/2026", PtBr.Period(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1)));
        Assert.Equal(PtBr.Empty, PtBr.Period(null, null));
    }

    [Theory]
    [InlineData("1.234,56", "1234.56")]
    [InlineData("1234,56", "1234.56")]
    [InlineData("1234.56", "1234.56")]
    [InlineData("1.234", "1234")]
    [InlineData("R$ 10", "10")]
    [InlineData("−5,00", "-5.00")]
    public void TryParseMoney_ReadsWhatPeopleType(string text, string expected)
    {
        Assert.True(PtBrParsing.TryParseMoney(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1,2,3")]
    [InlineData("12a")]
    public void TryParseMoney_RefusesWhatIsNotAnAmount(string text) => Assert.False(PtBrParsing.TryParseMoney(text, out _));

    [Fact]
    public void Blank_IsNoValue_OrZeroWhereZeroIsMeant()
    {
        Assert.True(PtBrParsing.TryParseMoney("  ", out var none));
        Assert.Null(none);
        Assert.Equal(0m, PtBrParsing.AmountOrZero(""));
        Assert.Null(PtBrParsing.AmountOrZero("x"));
    }

    [Theory]
    [InlineData("20:00", 1200)]
    [InlineData("7:30", 450)]
    [InlineData("12", 720)]
    public void TryParseHhmm_ReadsHoursAndMinutes(string text, int expected)
    {
        Assert.True(PtBrParsing.TryParseHhmm(text, out var minutes));
        Assert.Equal(expected, minutes);
    }

    [Fact]
    public void TryParseHhmm_RefusesSixtyMinutes() => Assert.False(PtBrParsing.TryParseHhmm("7:60", out _));
}
