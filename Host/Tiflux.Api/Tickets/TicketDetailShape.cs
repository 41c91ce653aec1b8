using Tiflux.Api.Checklists;
using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.ServicesCatalogs;
using Tiflux.Api.Desks;
using Tiflux.Api.Persistence;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Tickets;

/// <summary>Builds the ticket detail from the Tickets and Contracts facades.</summary>
internal sealed class TicketDetailShape(
    ITicketQueries tickets, IContractsModule contracts, PublicIds ids, IUserDirectory users, TimeProvider time, ITicketChecklists checklists)
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
        var batch = new PublicIdBatch()
            .Add(PublicIdKind.Client, t.ClientId).Add(PublicIdKind.Desk, t.Desk.Id).Add(PublicIdKind.Stage, t.StageId)
            .Add(PublicIdKind.Status, t.StatusId).Add(PublicIdKind.Priority, t.PriorityId).Add(PublicIdKind.User, t.ResponsibleUserId)
            .Add(PublicIdKind.Equipment, t.ResourceId).Add(PublicIdKind.EquipmentGroup, t.ResourceGroupId)
            .Add(PublicIdKind.Requestor, t.RequestorId).Add(PublicIdKind.User, t.CreatedByUserId)
            .AddItemRef(t.ServicesCatalogItem);
        foreach (var related in t.Children.Append(t.Parent).OfType<TicketReferenceDto>())
        {
            batch.Add(PublicIdKind.Desk, related.DeskId).Add(PublicIdKind.Stage, related.StageId).Add(PublicIdKind.Status, related.StatusId)
                .Add(PublicIdKind.User, related.ResponsibleUserId);
        }

        var map = await ids.AssignAsync(batch, cancellationToken);
        var desk = t.Desk;
        var stages = desk.Stages.OrderBy(s => s.Position).ToList();
        var status = desk.Statuses.FirstOrDefault(s => s.Id == t.StatusId);
        var priority = desk.Priorities.FirstOrDefault(p => p.Id == t.PriorityId);
        var closed = t.State != TicketState.Open;
        return new TicketDetail(
            t.Number,
            ChecklistViews.Summary((await checklists.ListAsync(t.Number, cancellationToken)).Value.Summary),
            new TicketClient(map[PublicIdKind.Client, t.ClientId], t.ClientName, client?.LegalName ?? t.ClientName, client?.TaxId, client?.Active ?? true),
            null,
            ApiResults.DateTime(t.CreatedAt),
            map.Find(PublicIdKind.User, t.CreatedByUserId),
            OriginLabel(t.Origin),
            false,
            null,
            t.Description,
            new TicketDesk(map[PublicIdKind.Desk, desk.Id], true, DesksEndpoints.AppointmentType(desk.ValuationMode), desk.Name, desk.Name),
            new TicketEquipment(map.Find(PublicIdKind.Equipment, t.ResourceId), t.ResourceName, map.Find(PublicIdKind.EquipmentGroup, t.ResourceGroupId), null),
            t.Rating is null && t.ReviewComment is null ? null : new TicketFeedback(t.Rating, t.ReviewComment ?? ""),
            t.Followers.Count == 0 ? null : string.Join(",", t.Followers),
            closed,
            false,
            false,
            t.State == TicketState.Reviewed,
            LastAnswerType(t.LastAnswerByClient),
            ApiResults.DateTime(t.History.LastOrDefault(h => h.What.Contains("reaberto", StringComparison.OrdinalIgnoreCase))?.At),
            priority is null ? null : Priority(desk, priority, map),
            t.PriorityChangeReason,
            t.ReopenCount,
            Requestor(t.RequestorId is { } requestorId ? map.Find(PublicIdKind.Requestor, requestorId) : null, t.RequesterEmail, t.RequesterName, t.RequesterExtension, t.RequesterTelephone),
            t.ResponsibleUserId is { } rid
                ? new TicketResponsible(map[PublicIdKind.User, rid], "attendant", true, responsible?.Email ?? "", responsible?.TwoFactorEnabled ?? false, null, t.ResponsibleName ?? responsible?.FullName ?? "", null)
                : null,
            ServicesCatalogShapes.TicketView(t.ServicesCatalogItem, map),
            TicketSlaShape.Detail(t.Sla, t.ClosedAt, time.GetUtcNow()),
            new TicketStage(
                map[PublicIdKind.Stage, t.StageId], stages.FirstOrDefault()?.Id == t.StageId, stages.LastOrDefault()?.Id == t.StageId,
                TicketSlaShape.StageMaxTime(desk, t.StageId), stages.FirstOrDefault(s => s.Id == t.StageId)?.Name ?? ""),
            new TicketStatus(map[PublicIdKind.Status, t.StatusId], status?.Kind == StatusKind.Cancelled, status?.Kind == StatusKind.Closed, status?.Kind == StatusKind.Open, status?.Name ?? ""),
            [.. t.Children.Select(c => Reference(c, map))],
            t.Parent is { } parent ? Reference(parent, map) : new { },
            t.Title,
            ApiResults.DateTime(t.History.Count > 0 ? t.History[^1].At : t.CreatedAt),
            null,
            $"/tickets/{t.Number}",
            $"/tickets/{t.Number}",
            ApiResults.Duration(t.Entries.Sum(e => e.Minutes)),
            ApiResults.DateTime(t.ClosedAt))
        {
            CreatedBy = t.CreatedByUserId is { } creator ? new IdName(map[PublicIdKind.User, creator], t.CreatedByName ?? "") : null,
        };
    }

    /// <summary>Tiflux's <c>created_by_way_of</c> label; the portal is part of Tiflux Web.</summary>
    public static string OriginLabel(TicketOrigin origin) => origin switch
    {
        TicketOrigin.Api => "Tiflux API",
        TicketOrigin.Email => "Email",
        _ => "Tiflux Web",
    };

    /// <summary>Who spoke last: the client or the attendant; null before the first answer.</summary>
    public static string? LastAnswerType(bool? byClient) => byClient switch
    {
        true => "client",
        false => "attendant",
        null => null,
    };

    /// <summary>The ticket's requester; Tiflux's <c>ramal</c> is a number, so an extension with other characters is left out.</summary>
    public static TicketRequestor Requestor(int? id, string? email, string name, string? extension, string? telephone) =>
        new(id, email, name, int.TryParse(extension, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ramal) ? ramal : null, telephone);

    private static TicketPriority Priority(DeskDto desk, DeskOptionDto priority, PublicIdMap map)
    {
        var (start, end) = TicketSlaShape.PriorityTimes(desk, priority.Id);
        return new TicketPriority(map[PublicIdKind.Priority, priority.Id], end, priority.Name, desk.Priorities.OrderBy(p => p.Position).ToList().IndexOf(priority) + 1, start);
    }

    private static TicketReferenceView Reference(TicketReferenceDto r, PublicIdMap map) => new(
        r.Number, map[PublicIdKind.Desk, r.DeskId], map.Find(PublicIdKind.User, r.ResponsibleUserId), map[PublicIdKind.Stage, r.StageId], map[PublicIdKind.Status, r.StatusId], r.Title);
}
