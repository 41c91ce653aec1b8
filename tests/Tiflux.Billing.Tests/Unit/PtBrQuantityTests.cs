using System.Globalization;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Tests.Unit;

/// <summary>A line's quantity as a person reads it: hours as HH:MM, other units as number and unit (PtBr.Quantity).</summary>
public sealed class PtBrQuantityTests
{
    [Theory]
    [InlineData("0.75", "00:45")]
    [InlineData("1.5", "01:30")]
    [InlineData("0.0167", "00:01")]
    [InlineData("2", "02:00")]
    [InlineData("100.25", "100:15")]
    [InlineData("0", "00:00")]
    public void Hours_ReadAsHhmm(string hours, string expected) =>
        Assert.Equal(expected, PtBr.Quantity(decimal.Parse(hours, CultureInfo.InvariantCulture), PtBr.HoursUnit));

    [Theory]
    [InlineData("2", "un", "2 un")]
    [InlineData("1.5", "un", "1,5 un")]
    [InlineData("3", "ticket", "3 ticket")]
    [InlineData("1", "valor manual", "1 valor manual")]
    public void OtherUnits_KeepNumberAndUnit(string quantity, string unit, string expected) =>
        Assert.Equal(expected, PtBr.Quantity(decimal.Parse(quantity, CultureInfo.InvariantCulture), unit));

    /// <summary>Lines store hours as minutes / 60 rounded to four decimals; every whole minute must come back exactly.</summary>
    [Fact]
    public void HoursStoredWithFourDecimals_GiveBackTheExactMinutes()
    {
        for (var minutes = 0; minutes <= 100_000; minutes++)
        {
            var stored = Math.Round(minutes / 60m, 4);
            Assert.Equal(minutes, PtBr.Minutes(stored));
            Assert.Equal(PtBr.Hhmm(minutes), PtBr.Quantity(stored, PtBr.HoursUnit));
        }
    }
}
