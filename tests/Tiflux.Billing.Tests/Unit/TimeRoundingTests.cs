using Tiflux.Billing.Pending;

namespace Tiflux.Billing.Tests.Unit;

public sealed class TimeRoundingTests
{
    [Theory]
    [InlineData(0, 15, 30, 0)]
    [InlineData(-5, 15, 30, 0)]
    [InlineData(47, 0, 0, 47)]
    [InlineData(1, 15, 0, 15)]
    [InlineData(15, 15, 0, 15)]
    [InlineData(16, 15, 0, 30)]
    [InlineData(59, 60, 0, 60)]
    [InlineData(10, 0, 30, 30)]
    [InlineData(45, 0, 30, 45)]
    [InlineData(10, 15, 60, 60)]
    [InlineData(61, 15, 60, 75)]
    [InlineData(187, 15, 30, 195)]
    [InlineData(1000, 15, 30, 1005)]
    public void Billed_RoundsUpToTheIncrementThenAppliesTheMinimum(int raw, int increment, int minimum, int expected) =>
        Assert.Equal(expected, TimeRounding.Billed(raw, increment, minimum));

    [Fact]
    public void Billed_IsPerEntry_NotOnTheTotal()
    {
        // Three 5-minute entries rounded to 15 each bill 45 minutes; rounding their 15-minute total would bill 15.
        int[] entries = [5, 5, 5];

        Assert.Equal(45, entries.Sum(m => TimeRounding.Billed(m, 15, 0)));
        Assert.Equal(15, TimeRounding.Billed(entries.Sum(), 15, 0));
    }
}
