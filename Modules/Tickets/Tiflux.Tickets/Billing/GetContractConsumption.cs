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
        // The OR only when both lists are given: "rider in (…) OR contract in (…)" cannot use the (rider_id, date) index,
        // and one client's screen would scan every entry of the period.
        var entries = db.TimeEntries.AsNoTracking().Where(e => e.Kind == EntryKind.Contract && e.RiderId != null && e.Mode != null
            && e.Date >= request.From && e.Date <= request.To);
        entries = (riderIds.Count, contractIds.Count) switch
        {
            (_, 0) => entries.Where(e => riderIds.Contains(e.RiderId!.Value)),
            (0, _) => entries.Where(e => e.ContractId != null && contractIds.Contains(e.ContractId.Value)),
            _ => entries.Where(e => riderIds.Contains(e.RiderId!.Value) || (e.ContractId != null && contractIds.Contains(e.ContractId.Value))),
        };
        var rows = await (
                from e in entries
                join t in db.Tickets.AsNoTracking() on e.TicketId equals t.Id
                where t.State != TicketState.Cancelled
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
