using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Billing;

internal sealed class GetContractConsumption(TicketsDbContext db)
{
    public async Task<ContractConsumptionDto> HandleAsync(ContractConsumptionRequest request, CancellationToken cancellationToken)
    {
        var riderIds = request.RiderIds ?? [];
        var contractIds = request.ContractIds ?? [];
        var rows = await (
                from e in db.TimeEntries.AsNoTracking()
                join t in db.Tickets.AsNoTracking() on e.TicketId equals t.Id
                where e.Kind == EntryKind.Contract && e.RiderId != null && e.Mode != null
                    && e.Date >= request.From && e.Date <= request.To
                    && t.State != TicketState.Cancelled
                    && (riderIds.Contains(e.RiderId!.Value) || (e.ContractId != null && contractIds.Contains(e.ContractId.Value)))
                orderby e.Date, e.Start
                select new ConsumptionEntryDto(
                    e.Id, t.Id, t.Number, t.ClientId, e.RiderId!.Value, e.ContractId, e.Date, e.Mode!.Value, e.Minutes, e.Warranty,
                    t.State == TicketState.Reviewed, e.TechnicianName, e.Description))
            .ToListAsync(cancellationToken);
        var counted = rows.Where(r => !r.Warranty).ToList();
        return new ContractConsumptionDto(
            rows,
            counted.Where(r => r.Mode == AttendanceMode.External).Sum(r => r.Minutes),
            counted.Where(r => r.Mode == AttendanceMode.Remote).Sum(r => r.Minutes),
            counted.Where(r => r.Mode == AttendanceMode.Internal).Sum(r => r.Minutes),
            [.. counted.Select(r => r.TicketNumber).Distinct().Order()]);
    }
}
