using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Tests;

/// <summary>"Aguardando revisão" names at most ten ticket numbers per client and says how many more there are.</summary>
public sealed class AwaitingReviewBlockTests
{
    [Fact]
    public void Up_to_ten_numbers_are_listed_whole()
    {
        Assert.Equal("#3, #7", AwaitingReviewBlock.TicketList([3, 7]));
        Assert.Equal(string.Join(", ", Enumerable.Range(1, 10).Select(n => "#" + n)), AwaitingReviewBlock.TicketList([.. Enumerable.Range(1, 10)]));
    }

    [Fact]
    public void Beyond_ten_the_rest_is_counted()
    {
        var numbers = Enumerable.Range(100, 14).ToList();

        Assert.Equal(string.Join(", ", numbers.Take(10).Select(n => "#" + n)) + " e mais 4", AwaitingReviewBlock.TicketList(numbers));
    }
}
