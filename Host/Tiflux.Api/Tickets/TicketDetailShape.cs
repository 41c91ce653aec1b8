using Tiflux.Api.Conventions;
using Tiflux.Api.Desks;
using Tiflux.Api.Persistence;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Tickets;

/// <summary>Builds the ticket detail from the Tickets and Contracts facades.</summary>
internal sealed class TicketDetailShape(ITicketQueries tickets, IContractsModule contracts, PublicIds ids, IUserDirectory users)
{
    /// <summary>The ticket the caller may see, or 404 (422 when the number is malformed).</summary>
    public async Task<TicketDto> FindAsync(string ticketNumber, ApiCaller caller, CancellationToken cancellationToken, int errorCode = 42201)
    {
        var number = ParseNumber(ticketNumber, errorCode);
        var ticket = await tickets.GetTicketAsync(number, cancellationToken);
        return ticket is null || !caller.MaySee(ticket.ClientId)
            ? throw new ApiErrorException(ApiError.NotFound($"Couldn't find ServiceDesk::Ticket with ticket_number = {ticketNumber}"))
            : ticket;
    }

    public static int ParseNumber(string ticketNumber, int errorCode = 42201)
    {
        if (!int.TryParse(ticketNumber, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            throw new ApiErrorException(ApiError.Custom(422, errorCode, "ticket_number", "is not a number"));
        }

        return number < 1 ? throw new ApiErrorException(ApiError.Custom(422, errorCode, "ticket_number", "must be greater than 0")) : number;
    }

    public async Task<TicketDetail> BuildAsync(TicketDto t, CancellationToken cancellationToken)
    {
        var client = await contracts.GetClientAsync(t.ClientId, cancellationToken);
        var responsible = t.ResponsibleUserId is { } userId ? await users.FindAsync(userId) : null;
        var map = await ids.AssignAsync(
            new PublicIdBatch()
                .Add(PublicIdKind.Client, t.ClientId).Add(PublicIdKind.Desk, t.Desk.Id).Add(PublicIdKind.Stage, t.StageId)
                .Add(PublicIdKind.Status, t.StatusId).Add(PublicIdKind.Priority, t.PriorityId).Add(PublicIdKind.User, t.ResponsibleUserId)
                .Add(PublicIdKind.Equipment, t.ResourceId).Add(PublicIdKind.EquipmentGroup, t.ResourceGroupId),
            cancellationToken);
        var desk = t.Desk;
        var stages = desk.Stages.OrderBy(s => s.Position).ToList();
        var status = desk.Statuses.FirstOrDefault(s => s.Id == t.StatusId);
        var priority = desk.Priorities.FirstOrDefault(p => p.Id == t.PriorityId);
        var closed = t.State != TicketState.Open;
        return new TicketDetail(
            t.Number,
            new ChecklistsSummary(0, 0, 0, [], false),
            new TicketClient(map[PublicIdKind.Client, t.ClientId], t.ClientName, client?.LegalName ?? t.ClientName, client?.TaxId, client?.Active ?? true),
            null,
            ApiResults.DateTime(t.CreatedAt),
            null,
            "Tiflux Web",
            false,
            null,
            t.Description,
            new TicketDesk(map[PublicIdKind.Desk, desk.Id], true, DesksEndpoints.AppointmentType(desk.ValuationMode), desk.Name, desk.Name),
            new TicketEquipment(map.Find(PublicIdKind.Equipment, t.ResourceId), t.ResourceName, map.Find(PublicIdKind.EquipmentGroup, t.ResourceGroupId), null),
            t.Rating is null && t.ReviewComment is null ? null : new TicketFeedback(t.Rating, t.ReviewComment ?? ""),
            null,
            closed,
            false,
            false,
            t.State == TicketState.Reviewed,
            null,
            ApiResults.DateTime(t.History.LastOrDefault(h => h.What.Contains("reaberto", StringComparison.OrdinalIgnoreCase))?.At),
            priority is null ? null : new TicketPriority(map[PublicIdKind.Priority, priority.Id], "", priority.Name, desk.Priorities.OrderBy(p => p.Position).ToList().IndexOf(priority) + 1, ""),
            null,
            t.ReopenCount,
            new TicketRequestor(null, t.RequesterEmail, t.RequesterName, null, null),
            t.ResponsibleUserId is { } rid
                ? new TicketResponsible(map[PublicIdKind.User, rid], "attendant", true, responsible?.Email ?? "", responsible?.TwoFactorEnabled ?? false, null, t.ResponsibleName ?? responsible?.FullName ?? "", null)
                : null,
            null,
            new SlaInfo(null, false, false, null, ApiResults.DateTime(t.ClosedAt), null, false, null),
            new TicketStage(map[PublicIdKind.Stage, t.StageId], stages.FirstOrDefault()?.Id == t.StageId, stages.LastOrDefault()?.Id == t.StageId, "", stages.FirstOrDefault(s => s.Id == t.StageId)?.Name ?? ""),
            new TicketStatus(map[PublicIdKind.Status, t.StatusId], status?.Kind == StatusKind.Cancelled, status?.Kind == StatusKind.Closed, status?.Kind == StatusKind.Open, status?.Name ?? ""),
            [],
            new { },
            t.Title,
            ApiResults.DateTime(t.History.Count > 0 ? t.History[^1].At : t.CreatedAt),
            null,
            $"/tickets/{t.Number}",
            $"/tickets/{t.Number}",
            ApiResults.Duration(t.Entries.Sum(e => e.Minutes)),
            ApiResults.DateTime(t.ClosedAt));
    }
}
