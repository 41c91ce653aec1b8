using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Entries;

/// <summary>What the time-entry form may offer for a ticket on a date.</summary>
internal sealed class GetEntryOptions(TicketsDbContext db, IContractsModule contracts)
{
    public async Task<Result<EntryOptionsDto>> HandleAsync(int ticketNumber, DateOnly date, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Number == ticketNumber, cancellationToken);
        if (ticket is null)
        {
            return TicketErrors.TicketNotFound(ticketNumber);
        }

        var options = await contracts.GetValuationOptionsAsync(ticket.ClientId, date, cancellationToken);
        var rideAlong = await db.Tickets.AsNoTracking()
            .Where(t => t.ClientId == ticket.ClientId && t.Id != ticket.Id && t.State == TicketState.Open)
            .Where(t => db.TimeEntries.Any(e => e.TicketId == t.Id && e.TravelId != null))
            .OrderBy(t => t.Number)
            .Select(t => t.Number)
            .ToListAsync(cancellationToken);
        return Result<EntryOptionsDto>.Success(new EntryOptionsDto(
            [.. options.Riders.Where(r => r.IsInForceOn(date)).Select(r => new EntryChoiceDto(r.Id, ValuationRules.RiderName(r), null))],
            [.. options.Services.Where(s => s.Active).Select(s => new EntryChoiceDto(s.Id, s.Name, null))],
            [.. options.Travels.Where(t => t.Active).Select(t => new EntryChoiceDto(t.Id, t.Name, t.Value))],
            rideAlong));
    }
}
