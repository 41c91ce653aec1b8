using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.Documents;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Reporting.Statements;

/// <summary>
/// The clients' work outside contracts in the period: standalone time entries (valued by service or by hand), travel fees
/// (ride-alongs flagged, never charged twice) and extras, with their billed state. Two reads for every client at once.
/// </summary>
internal sealed class StatementClientWork(ITicketReports reports, ITicketEntryReports entryReports)
{
    public async Task<Loaded> LoadAsync(IReadOnlyList<Guid> clientIds, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var entries = await entryReports.ListEntriesAsync(new EntryReportRequest(from, to, ClientIds: clientIds), cancellationToken);
        var extras = await reports.ListExtrasAsync(new ExtraListRequest(from, to, clientIds), cancellationToken);
        return new Loaded(entries.Items.ToLookup(e => e.ClientId), extras.Items.ToLookup(e => e.ClientId), entries.Truncated || extras.Truncated);
    }

    /// <summary>What was read, handed out per client.</summary>
    internal sealed class Loaded(ILookup<Guid, EntryReportItemDto> entries, ILookup<Guid, ExtraListItemDto> extras, bool truncated)
    {
        public StatementClient For(ClientSummary client, IReadOnlyList<StatementContract> contracts)
        {
            var mine = entries[client.Id].ToList();
            return new StatementClient(
                client,
                contracts,
                [.. mine.Where(e => e.Entry.Kind == EntryKind.Standalone).Select(e => new StatementWork(
                    e.Entry.Date, e.TicketNumber, e.Entry.TechnicianName, e.Entry.SourceName ?? "", e.Entry.Minutes,
                    e.Entry.Value ?? 0m, e.Entry.Warranty, e.Entry.BilledInBillingId is not null, e.Entry.Description))],
                // A ride-along (carona) has no travel of its own: it is listed, pointing at the ticket whose trip it joined.
                [.. mine.Where(e => e.Entry.TravelId is not null || e.Entry.RideAlongTicketNumber is not null).Select(e => new StatementTravel(
                    e.Entry.Date, e.TicketNumber, e.Entry.TechnicianName, e.Entry.TravelName ?? (e.Entry.RideAlongTicketNumber is null ? "Deslocamento" : "Carona"),
                    e.Entry.RideAlongTicketNumber is null ? e.Entry.TravelValue ?? 0m : 0m,
                    e.Entry.RideAlongTicketNumber, e.Entry.Warranty, e.Entry.TravelBilledInBillingId is not null))],
                [.. extras[client.Id].Select(x => new StatementExtra(
                    x.Date, x.TicketNumber, x.ExpenseName, x.Quantity, x.UnitValue, x.Total, x.BilledInBillingId is not null, x.Description))],
                truncated);
        }
    }
}
