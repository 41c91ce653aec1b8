using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Reporting;

/// <summary>
/// Deslocamentos (Atendentes): the travel fees of a period per technician, client and ticket, with totals per technician.
/// A ride-along (carona) is listed at R$ 0,00 as "Carona de #N": billing charges the travel once, on the ticket that
/// launched it (see Tickets' UnbilledWork.HasOwnTravel). Warranty travel counts R$ 0,00, as billing values it.
/// </summary>
[Authorize(Policy = Permissions.AppointmentsManageAll)]
public sealed class TravelModel(
    ITicketEntryReports entries,
    IBillingNumbers billings,
    IContractsModule contracts,
    IUserDirectory users,
    IReportTables tables,
    TimeProvider clock) : AttendantReportPage(clock, tables, contracts, billings, entries, users)
{
    private static readonly ReportColumn[] Columns =
    [
        new("Técnico", ReportColumnKind.Text),
        new("Data", ReportColumnKind.Date),
        new("Cliente", ReportColumnKind.Text),
        new("Ticket", ReportColumnKind.Text),
        new("Deslocamento", ReportColumnKind.Text),
        new("Valor", ReportColumnKind.Money),
        new("Garantia", ReportColumnKind.Boolean),
        new("Situação", ReportColumnKind.Text),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ReadEntriesAsync([], travelOnly: true, cancellationToken) is not { } report)
        {
            return Page();
        }

        var numbers = await BillingNumbersAsync(report.Items.Select(x => x.Entry.TravelBilledInBillingId), cancellationToken);
        var fees = report.Items.Select(x => new Fee(x, Value(x.Entry)))
            .OrderBy(f => f.Item.Entry.TechnicianName, PtBr.Collator).ThenBy(f => f.Item.Entry.Date).ThenBy(f => f.Item.Entry.Start).ToList();

        var rows = fees.Select(f => Row(f, numbers)).ToList();
        var totals = fees.GroupBy(f => f.Item.Entry.TechnicianName).Select(g => Total($"Total {g.Key}", [.. g])).ToList();
        totals.Add(Total("Total geral", fees));
        var table = new ReportTable(
            "Deslocamentos",
            Caption(TechniciansCaption),
            Columns,
            rows,
            totals);
        return Respond(table, report.Truncated, "deslocamentos");
    }

    /// <summary>What billing charges for the entry's travel: its own fee (R$ 0,00 under warranty); a ride-along nothing.</summary>
    private static decimal Value(TimeEntryDto e) => e.RideAlongTicketNumber is not null || e.Warranty ? 0m : e.TravelValue ?? 0m;

    private static ReportRow Row(Fee f, IReadOnlyDictionary<Guid, int> numbers)
    {
        var (x, e) = (f.Item, f.Item.Entry);
        var rideAlong = e.RideAlongTicketNumber;
        return new([
            ReportCell.Of(e.TechnicianName),
            ReportCell.Of(e.Date),
            ReportCell.Of(x.ClientName),
            BilledStateText.Ticket(x.TicketNumber, x.TicketTitle),
            ReportCell.Of(rideAlong is { } owner ? $"Carona de #{owner}" : e.TravelName ?? "Deslocamento"),
            ReportCell.Of(f.Value),
            ReportCell.Of(e.Warranty),
            rideAlong is { } launched
                ? ReportCell.Of($"Sem cobrança (cobrado no #{launched})", $"/tickets/{launched}")
                : BilledStateText.Of(e.TravelBilledInBillingId, x.TicketState, numbers),
        ]);
    }

    private static ReportRow Total(string label, IReadOnlyList<Fee> fees)
    {
        var rides = fees.Count(f => f.Item.Entry.RideAlongTicketNumber is not null);
        return new([
            ReportCell.Of(label), ReportCell.Empty, ReportCell.Empty, ReportCell.Empty,
            ReportCell.Of($"{fees.Count - rides} deslocamento(s), {rides} carona(s)"), ReportCell.Of(fees.Sum(f => f.Value)), ReportCell.Empty, ReportCell.Empty,
        ]);
    }

    private sealed record Fee(EntryReportItemDto Item, decimal Value);
}
