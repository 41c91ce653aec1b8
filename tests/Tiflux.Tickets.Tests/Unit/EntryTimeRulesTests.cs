using Tiflux.Tickets.Entries;

namespace Tiflux.Tickets.Tests.Unit;

public sealed class EntryTimeRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void Validate_WhenDateIsInTheFuture_Refuses()
    {
        var errors = EntryTimeRules.Validate(Today.AddDays(1), new(9, 0), new(10, 0), "x", Today);

        Assert.Equal("A data do apontamento não pode estar no futuro.", Assert.Single(errors).Message);
    }

    [Fact]
    public void Validate_WhenEndIsBeforeStart_Refuses()
    {
        var errors = EntryTimeRules.Validate(Today, new(10, 0), new(9, 59), "x", Today);

        Assert.Equal("End", Assert.Single(errors).Field);
    }

    [Fact]
    public void Validate_WhenDescriptionIsBlank_Refuses() =>
        Assert.Equal("Description", Assert.Single(EntryTimeRules.Validate(Today, new(9, 0), new(10, 0), "  ", Today)).Field);

    [Fact]
    public void Validate_TodayWithEndEqualToStart_IsAccepted() =>
        Assert.Empty(EntryTimeRules.Validate(Today, new(9, 0), new(9, 0), "x", Today));

    [Theory]
    [InlineData(9, 0, 10, 0, 9, 30, 11, 0, true)]
    [InlineData(9, 0, 10, 0, 10, 0, 11, 0, false)]
    [InlineData(9, 0, 10, 0, 8, 0, 9, 0, false)]
    [InlineData(9, 0, 12, 0, 10, 0, 11, 0, true)]
    public void Overlaps_TouchingIsNotOverlapping(int h1, int m1, int h2, int m2, int h3, int m3, int h4, int m4, bool expected) =>
        Assert.Equal(expected, EntryTimeRules.Overlaps(new(h1, m1), new(h2, m2), new(h3, m3), new(h4, m4)));
}
