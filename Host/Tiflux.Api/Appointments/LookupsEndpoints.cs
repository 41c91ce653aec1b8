using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Tickets;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Appointments;

/// <summary>What an appointment of a ticket may be valued against, and the ticket's running timers (api-v2.md §3.7–3.8).</summary>
internal static class LookupsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/tickets/{ticket_number}/service-types", ServiceTypesAsync).Produces<ServiceTypes>().WithTags("Appointments")
            .WithSummary("Contract riders and loose services usable on a date").Query("date", "string")
            .Requires(Permissions.TicketsView);
        api.MapGet("/tickets/{ticket_number}/shifts", ShiftsAsync).Produces<ShiftItem[]>().WithTags("Appointments")
            .WithSummary("Travels (deslocamentos) usable on the ticket").Query("contract_id", "integer")
            .Requires(Permissions.TicketsView);
        api.MapGet("/tickets/{ticket_number}/pre-appointments", PreAppointmentsAsync).Produces<PreAppointment[]>().WithTags("Appointments")
            .WithSummary("Running timers").Paged()
            .Requires(Permissions.TicketsView);
    }

    private static async Task<IResult> ServiceTypesAsync(
        string ticket_number, HttpContext http, TicketDetailShape tickets, IContractsModule contracts, PublicIds ids, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var query = new QueryReader(http.Request.Query);
        TicketDetailShape.ParseNumber(ticket_number);
        var date = query.Date("date") ?? BrazilTime.Today(clock);
        if (date > BrazilTime.Today(clock))
        {
            query.Fail("date", "cannot be in the future");
        }

        query.ThrowIfErrors();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var options = await contracts.GetValuationOptionsAsync(ticket.ClientId, date, cancellationToken);
        var contractIds = options.Riders.Select(r => r.ContractId).Distinct().ToList();
        var terms = contractIds.Count == 0 ? [] : await contracts.GetContractTermsAsync(new ContractTermsRequest(null, contractIds), cancellationToken);
        var batch = new PublicIdBatch().AddRange(PublicIdKind.Rider, options.Riders.Select(r => r.Id)).AddRange(PublicIdKind.LooseService, options.Services.Select(s => s.Id));
        foreach (var c in terms)
        {
            batch.Add(PublicIdKind.Contract, c.Id, c.Number);
        }

        var map = await ids.AssignAsync(batch, cancellationToken);
        var numbers = terms.ToDictionary(c => c.Id, c => c.Number);
        return ApiResults.Ok(new ServiceTypes(
            [.. options.Riders.Select(r => new ServiceTypeRider(
                map[PublicIdKind.Rider, r.Id], r.Release, ApiResults.Date(r.StartDate), ApiResults.Date(r.EndDate),
                new IdName(numbers.GetValueOrDefault(r.ContractId), r.ContractName)))],
            [.. options.Services.Where(s => s.Active).Select(s => new IdName(map[PublicIdKind.LooseService, s.Id], s.Name))]));
    }

    private static async Task<IResult> ShiftsAsync(
        string ticket_number, HttpContext http, TicketDetailShape tickets, IContractsModule contracts, PublicIds ids, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var query = new QueryReader(http.Request.Query);
        TicketDetailShape.ParseNumber(ticket_number);
        var contractNumber = query.Int("contract_id");
        query.ThrowIfErrors();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var travels = (await contracts.GetValuationOptionsAsync(ticket.ClientId, BrazilTime.Today(clock), cancellationToken)).Travels.Where(t => t.Active).ToList();
        var contractIds = travels.Where(t => t.ContractId is not null).Select(t => t.ContractId!.Value).Distinct().ToList();
        var terms = contractIds.Count == 0 ? [] : await contracts.GetContractTermsAsync(new ContractTermsRequest(null, contractIds), cancellationToken);
        var contractsById = terms.ToDictionary(c => c.Id);
        if (contractNumber is { } n)
        {
            travels = [.. travels.Where(t => t.ContractId is { } c && contractsById.TryGetValue(c, out var k) && k.Number == n)];
        }

        var batch = new PublicIdBatch().AddRange(PublicIdKind.Shift, travels.Select(t => t.Id)).Add(PublicIdKind.Client, ticket.ClientId);
        foreach (var c in terms)
        {
            batch.Add(PublicIdKind.Contract, c.Id, c.Number);
        }

        var map = await ids.AssignAsync(batch, cancellationToken);
        var client = new IdName(map[PublicIdKind.Client, ticket.ClientId], ticket.ClientName);
        return ApiResults.Ok(travels.Select(t => new ShiftItem(
            map[PublicIdKind.Shift, t.Id],
            t.Name,
            t.Scope switch { TravelScope.Client => "Client", TravelScope.Contract => "Contract", _ => "All" },
            t.Scope == TravelScope.All ? null : client,
            t.ContractId is { } c && contractsById.TryGetValue(c, out var k) ? new IdName(k.Number, k.Name) : null)));
    }

    private static async Task<IResult> PreAppointmentsAsync(string ticket_number, HttpContext http, TicketDetailShape tickets, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        query.ThrowIfErrors();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var timers = ticket.RunningTimers.OrderBy(t => t.StartedAt).ToList();
        var page = paging.Apply(timers).ToList();
        var map = await ids.AssignAsync(
            new PublicIdBatch().AddRange(PublicIdKind.PreAppointment, page.Select(t => t.Id)).AddRange(PublicIdKind.User, page.Select(t => t.TechnicianId)),
            cancellationToken);
        return ApiResults.Page(http, page.Select(t => new PreAppointment(
            map[PublicIdKind.PreAppointment, t.Id], ApiResults.Date(BrazilTime.DateOf(t.StartedAt)), ApiResults.Clock(BrazilTime.TimeOf(t.StartedAt)), null,
            new IdName(map[PublicIdKind.User, t.TechnicianId], t.TechnicianName))), timers.Count);
    }
}

internal sealed record ServiceTypeRider(int Id, int RiderNumber, string StartDate, string? CancelDate, IdName Contract);

internal sealed record ServiceTypes(IReadOnlyList<ServiceTypeRider> ContractRiders, IReadOnlyList<IdName> LooseServices);

internal sealed record ShiftItem(int Id, string Name, string Reference, IdName? Client, IdName? Contract);

internal sealed record PreAppointment(int Id, string Date, string InitTime, string? EndTime, IdName User);
