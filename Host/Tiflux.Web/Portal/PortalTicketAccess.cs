using Tiflux.Api.Users;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Portal;

/// <summary>
/// The one place that says which tickets a client user sees (service-desk.md §3.4): those of their current client, and
/// — without "ver todos os tickets do cliente" — only where their e-mail is the requester's or a follower's. Every
/// portal page reads tickets through here; anything else is "not found", never "forbidden", so the portal does not
/// confirm that another client's ticket exists.
/// </summary>
public sealed class PortalTicketAccess(ITicketQueries tickets)
{
    /// <summary>The ticket when <paramref name="user"/> may see it, else null (the page answers 404).</summary>
    public async Task<TicketDto?> FindVisibleAsync(PortalUser user, int number, CancellationToken cancellationToken)
    {
        var ticket = await tickets.GetTicketAsync(number, cancellationToken);
        return ticket is not null && IsVisible(user, ticket) ? ticket : null;
    }

    /// <summary>
    /// A ticket of the user's client waiting for authorization, when the user is an authoriser — they decide on tickets
    /// they could not otherwise see (another requester's); null otherwise.
    /// </summary>
    public async Task<TicketDto?> FindAwaitingAuthorizationAsync(PortalUser user, int number, CancellationToken cancellationToken)
    {
        if (!user.Has(PortalPermissions.AuthorizeNewTickets))
        {
            return null;
        }

        var ticket = await tickets.GetTicketAsync(number, cancellationToken);
        return ticket is { Authorization: TicketAuthorization.Pending } && ticket.ClientId == user.ClientId ? ticket : null;
    }

    /// <summary>The client's tickets waiting for authorization (for authorisers: every requester's).</summary>
    public static TicketListRequest AwaitingAuthorization(PortalUser user, int page, int pageSize) =>
        new(ClientId: user.ClientId, Page: page, PageSize: pageSize) { Authorization = TicketAuthorization.Pending };

    /// <summary>The list filter that yields exactly the tickets <paramref name="user"/> sees; the caller adds the rest.</summary>
    public static TicketListRequest For(PortalUser user, TicketListRequest filters) =>
        filters with
        {
            ClientId = user.ClientId,
            ClientIds = null,
            Participant = user.Has(PortalPermissions.SeeAllClientTickets) ? null : user.Email,
        };

    /// <summary>A ticket <paramref name="user"/> may review (<see cref="CanReview(PortalUser, TicketDto)"/>), else null.</summary>
    public async Task<TicketDto?> FindReviewableAsync(PortalUser user, int number, CancellationToken cancellationToken)
    {
        var ticket = await tickets.GetTicketAsync(number, cancellationToken);
        return ticket is not null && CanReview(user, ticket) ? ticket : null;
    }

    /// <summary>
    /// The tickets awaiting review that <paramref name="user"/> may review: their own (as requester), and with "revisar
    /// tickets de outros solicitantes" every one of the client's — even those the user does not otherwise see — on the
    /// desks where the requester reviews.
    /// </summary>
    public static TicketListRequest ReviewQueue(PortalUser user, IReadOnlyList<DeskDto> desks, int page, int pageSize) =>
        new(ClientId: user.ClientId, State: TicketState.AwaitingReview, Page: page, PageSize: pageSize)
        {
            DeskIds = [.. desks.Where(d => RequesterReviews(d.ReviewerKind)).Select(d => d.Id)],
            RequesterEmail = user.Has(PortalPermissions.ReviewClosedTickets) ? null : user.Email,
        };

    /// <summary>
    /// Whether <paramref name="user"/> may review <paramref name="ticket"/>: it awaits review on a desk where the
    /// requester reviews, and the user is its requester or may review other requesters' tickets.
    /// </summary>
    public static bool CanReview(PortalUser user, TicketDto ticket) =>
        CanReview(user, ticket.State, ticket.ClientId, ticket.RequesterEmail, ticket.Desk.ReviewerKind);

    /// <summary>The same rule for a list row, whose desk the caller looked up.</summary>
    public static bool CanReview(PortalUser user, TicketSummary ticket, DeskDto desk) =>
        CanReview(user, ticket.State, ticket.ClientId, ticket.RequesterEmail, desk.ReviewerKind);

    public static bool IsFollower(PortalUser user, IReadOnlyList<string> followers) =>
        followers.Contains(user.Email, StringComparer.OrdinalIgnoreCase);

    /// <summary>The visibility rule itself (see the class summary).</summary>
    public static bool IsVisible(PortalUser user, TicketDto ticket) =>
        ticket.ClientId == user.ClientId
        && (user.Has(PortalPermissions.SeeAllClientTickets) || IsRequester(user, ticket.RequesterEmail) || IsFollower(user, ticket.Followers));

    private static bool CanReview(PortalUser user, TicketState state, Guid clientId, string? requesterEmail, ReviewerKind reviewers) =>
        state == TicketState.AwaitingReview
        && RequesterReviews(reviewers)
        && clientId == user.ClientId
        && (IsRequester(user, requesterEmail) || user.Has(PortalPermissions.ReviewClosedTickets));

    private static bool RequesterReviews(ReviewerKind reviewers) => reviewers is ReviewerKind.RequesterOnly or ReviewerKind.Both;

    private static bool IsRequester(PortalUser user, string? requesterEmail) =>
        !string.IsNullOrEmpty(requesterEmail) && string.Equals(requesterEmail, user.Email, StringComparison.OrdinalIgnoreCase);
}
