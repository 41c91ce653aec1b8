using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>Reading tickets: one ticket, summaries, filtered lists, the review queue and extra attachments.</summary>
public interface ITicketQueries
{
    /// <summary>One ticket with entries, extras and history, or null.</summary>
    Task<TicketDto?> GetTicketAsync(int number, CancellationToken cancellationToken);

    /// <summary>Summaries of the given ticket numbers (unknown numbers are skipped).</summary>
    Task<IReadOnlyList<TicketSummary>> GetTicketSummariesAsync(IReadOnlyCollection<int> numbers, CancellationToken cancellationToken);

    /// <summary>A filtered page of tickets, newest first.</summary>
    Task<PagedList<TicketSummary>> ListTicketsAsync(TicketListRequest request, CancellationToken cancellationToken);

    /// <summary>How many of the filtered tickets were rated at review and their average rating (1–5, one decimal).</summary>
    Task<TicketRatingSummary> GetRatingSummaryAsync(TicketListRequest request, CancellationToken cancellationToken);

    /// <summary>Tickets awaiting review, oldest deadline first.</summary>
    Task<IReadOnlyList<TicketSummary>> GetReviewQueueAsync(CancellationToken cancellationToken);

    /// <summary>Whether the client has tickets that are open or awaiting review (blocks client inactivation).</summary>
    Task<bool> HasOpenOrUnreviewedTicketsAsync(Guid clientId, CancellationToken cancellationToken);

    /// <summary>An extra valuation's attachment, or null.</summary>
    Task<AttachmentDto?> GetAttachmentAsync(Guid attachmentId, CancellationToken cancellationToken);
}
