namespace Tiflux.Web.Pages.Shared;

/// <summary>A review decision posted from the ticket page or the review queue.</summary>
public sealed class ReviewInput
{
    public bool Approve { get; set; }

    public int? Rating { get; set; }

    public string? Comment { get; set; }
}
