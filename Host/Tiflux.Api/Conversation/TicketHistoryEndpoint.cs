using System.Globalization;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Tickets;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Conversation;

/// <summary>
/// GET /tickets/{n}/histories (service-desk.md §5.5, §9.9): <c>history_of</c> 0 = every area but time entries, 1 = time
/// entries only; newest first. Staff.
/// </summary>
internal static class TicketHistoryEndpoint
{
    private static readonly string[] Operations = ["created", "updated", "deleted"];

    private static readonly HistoryArea[] AllButAppointments = [.. Enum.GetValues<HistoryArea>().Where(a => a != HistoryArea.Appointment)];

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/tickets/{ticket_number}/histories", ListAsync).Produces<HistoryItem[]>().WithTags(ConversationRoutes.Tag)
            .WithSummary("The ticket's history (history_of: 0 = ticket, 1 = time entries)")
            .Query("history_of", "integer", required: true).Query("type_id_attr", "integer").Query("operation", "string").Paged()
            .Requires(Permissions.TicketsView);

    private static async Task<IResult> ListAsync(
        string ticket_number, HttpContext http, TicketDetailShape tickets, ITicketConversation conversation, PublicIds ids, IUserDirectory users,
        CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var historyOf = HistoryOf(http.Request.Query, query);
        var subject = query.Int("type_id_attr", min: 1);
        var operation = query.Enum("operation", Operations, "Operation must be 'created', 'updated' or 'deleted'");
        query.ThrowIfErrors();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);

        var kinds = historyOf == 1 ? [PublicIdKind.Appointment] : new[] { PublicIdKind.TicketAnswer, PublicIdKind.InternalNote, PublicIdKind.TicketFile, PublicIdKind.Extra };
        var subjectId = subject is { } s ? await SubjectAsync(ids, kinds, s, cancellationToken) : null;
        var request = new TicketHistoryRequest(
            ticket.Number,
            historyOf == 1 ? [HistoryArea.Appointment] : AllButAppointments,
            operation is null ? null : Enum.Parse<HistoryOperation>(operation, ignoreCase: true),
            subjectId,
            paging.Page,
            paging.Limit);
        var page = (await conversation.ListHistoryAsync(request, cancellationToken)).Unwrap("ServiceDesk::Ticket", ticket_number);
        return ApiResults.Page(http, await HistoryViews.BuildAsync(page.Items, ticket, conversation, ids, users, cancellationToken), page.TotalItems);
    }

    /// <summary>Required, 0 or 1; Tiflux reports a missing value as both blank and not a number.</summary>
    private static int? HistoryOf(IQueryCollection raw, QueryReader query)
    {
        if (!raw.TryGetValue("history_of", out var values) || string.IsNullOrWhiteSpace(values[^1]))
        {
            query.Fail("history_of", "can't be blank");
            query.Fail("history_of", "is not a number");
            return null;
        }

        if (!int.TryParse(values[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            query.Fail("history_of", "is not a number");
            return null;
        }

        if (value is not (0 or 1))
        {
            query.Fail("history_of", "is not included in the list");
            return null;
        }

        return value;
    }

    /// <summary>The record <c>type_id_attr</c> names; an id of no such record matches nothing.</summary>
    private static async Task<Guid?> SubjectAsync(PublicIds ids, IEnumerable<PublicIdKind> kinds, int number, CancellationToken cancellationToken)
    {
        foreach (var kind in kinds)
        {
            if (await ids.ResolveAsync(kind, number, cancellationToken) is { } id)
            {
                return id;
            }
        }

        return Guid.Empty;
    }
}
