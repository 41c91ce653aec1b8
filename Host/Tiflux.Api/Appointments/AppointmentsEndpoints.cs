using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Tickets;
using Tiflux.Tickets.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Appointments;

/// <summary>Appointments (apontamentos): per ticket and across tickets (api-v2.md §3.6). Query problems use 42202 here.</summary>
internal static class AppointmentsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/tickets/{ticket_number}/appointments", ListForTicketAsync).Produces<TicketAppointment[]>().WithTags("Appointments")
            .WithSummary("A ticket's appointments").Query("user_id", "integer").Query("start_date", "string").Query("end_date", "string").Paged()
            .RequiresOrPortal(Permissions.TicketsView);
        api.MapPost("/tickets/{ticket_number}/appointments", AppointmentCreateEndpoint.CreateAsync).Produces<CreatedAppointment>(201)
            .WithTags("Appointments").WithSummary("Log time on a ticket").Body<AppointmentBody>()
            .Requires(Permissions.AppointmentsManage);
        api.MapGet("/appointments", ListAllAsync).Produces<GlobalAppointment[]>().WithTags("Appointments").WithSummary("Appointments across tickets")
            .Query("start_date", "string", required: true).Query("end_date", "string", required: true).Query("user_ids", "string")
            .Query("desk_ids", "string").Query("client_ids", "string").Query("contract_ids", "string").Query("include_valorization", "boolean").Paged()
            .Requires(Permissions.TicketsView);
    }

    private static async Task<IResult> ListForTicketAsync(
        string ticket_number, HttpContext http, TicketDetailShape tickets, ValorizationShape valorization, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var query = new QueryReader(http.Request.Query, 42202);
        var paging = query.Paging();
        var userNumber = query.Int("user_id");
        var from = query.Date("start_date");
        var to = query.Date("end_date");
        query.ThrowIfErrors();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var technician = userNumber is { } u ? await ids.ResolveAsync(PublicIdKind.User, u, cancellationToken) ?? Guid.Empty : (Guid?)null;
        var entries = ticket.Entries
            .Where(e => technician is null || e.TechnicianId == technician)
            .Where(e => (from is null || e.Date >= from) && (to is null || e.Date <= to))
            .OrderBy(e => e.Date).ThenBy(e => e.Start)
            .ToList();
        var page = paging.Apply(entries).ToList();
        var loaded = await valorization.LoadAsync(page, [ticket.ClientId], [], cancellationToken);
        var client = new IdName(loaded.Map[PublicIdKind.Client, ticket.ClientId], ticket.ClientName);
        return ApiResults.Page(http, page.Select(e => new TicketAppointment(
            loaded.Map[PublicIdKind.Appointment, e.Id], client, ApiResults.Date(e.Date), ApiResults.Clock(e.Start), ApiResults.Clock(e.End),
            e.Description, null, loaded.User(e), [], loaded.Of(e, caller))), entries.Count);
    }

    private static async Task<IResult> ListAllAsync(HttpContext http, ITicketWork tickets, ValorizationShape valorization, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var query = new QueryReader(http.Request.Query, 42202);
        var paging = query.Paging();
        var from = query.Date("start_date");
        var to = query.Date("end_date");
        var users = query.IntList("user_ids");
        var desks = query.IntList("desk_ids");
        var clients = query.IntList("client_ids");
        var contracts = query.IntList("contract_ids");
        var withValorization = query.Bool("include_valorization") ?? false;
        if (http.Request.Query["start_date"].Count == 0)
        {
            query.Fail("start_date", "can't be blank");
        }

        if (http.Request.Query["end_date"].Count == 0)
        {
            query.Fail("end_date", "can't be blank");
        }

        query.ThrowIfErrors();

        // Without permission to see other technicians' reports, user_ids is ignored: only the caller's rows come back.
        var technicians = caller.CanSeeMoney
            ? await TicketsEndpoints.ResolveAsync(ids, PublicIdKind.User, users, cancellationToken)
            : [caller.UserId];
        var request = new TimeEntryListRequest(
            from,
            to,
            technicians,
            await TicketsEndpoints.ResolveAsync(ids, PublicIdKind.Desk, desks, cancellationToken),
            await TicketsEndpoints.ResolveAsync(ids, PublicIdKind.Client, clients, cancellationToken),
            await TicketsEndpoints.ResolveAsync(ids, PublicIdKind.Contract, contracts, cancellationToken),
            null,
            paging.Page,
            paging.Limit);
        var page = await tickets.ListTimeEntriesAsync(request, cancellationToken);
        var loaded = await valorization.LoadAsync([.. page.Items.Select(i => i.Entry)], page.Items.Select(i => i.ClientId), page.Items.Select(i => i.DeskId), cancellationToken);
        return ApiResults.Page(http, page.Items.Select(i => new GlobalAppointment(
            loaded.Map[PublicIdKind.Appointment, i.Entry.Id],
            new IdName(loaded.Map[PublicIdKind.Client, i.ClientId], i.ClientName),
            loaded.Contract(i.Entry.ContractId),
            ApiResults.Date(i.Entry.Date),
            i.Entry.Description,
            new IdName(loaded.Map[PublicIdKind.Desk, i.DeskId], i.DeskName),
            ApiResults.Clock(i.Entry.End),
            null,
            ApiResults.Clock(i.Entry.Start),
            [],
            new TicketRef(i.TicketNumber, i.TicketTitle),
            loaded.User(i.Entry),
            withValorization ? loaded.Of(i.Entry, caller) : null)), page.TotalItems);
    }
}
