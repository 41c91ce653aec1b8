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
/// Extrato de apontamentos (Atendentes): the time entries of a period by technician, client and desk with their raw and
/// billed minutes — billed by Billing's own rounding rule (<see cref="BillingTimeRounding"/>) for contract time, raw for
/// standalone time, none under warranty or without valuation — mode, contract or service, value and billed state.
/// Entries with a manual value are totalled apart (domain §6).
/// </summary>
[Authorize(Policy = Permissions.AppointmentsManageAll)]
public sealed class TimeEntriesModel(
    ITicketEntryReports entries,
    IBillingNumbers billings,
    IContractsModule contracts,
    ITicketSetup setup,
    IUserDirectory users,
    IReportTables tables,
    TimeProvider clock) : AttendantReportPage(clock, tables, contracts, billings, entries, users)
{
    private static readonly ReportColumn[] Columns =
    [
        new("Data", ReportColumnKind.Date),
        new("Técnico", ReportColumnKind.Text),
        new("Cliente", ReportColumnKind.Text),
        new("Mesa", ReportColumnKind.Text),
        new("Ticket", ReportColumnKind.Text),
        new("Modo", ReportColumnKind.Text),
        new("Tipo", ReportColumnKind.Text),
        new("Contrato / Serviço", ReportColumnKind.Text),
        new("Tempo", ReportColumnKind.Duration),
        new("Tempo faturável", ReportColumnKind.Duration),
        new("Valor", ReportColumnKind.Money),
        new("Garantia", ReportColumnKind.Boolean),
        new("Valor manual", ReportColumnKind.Boolean),
        new("Situação", ReportColumnKind.Text),
    ];

    [BindProperty(Name = "mesa", SupportsGet = true)]
    public List<Guid> DeskIds { get; set; } = [];

    public IReadOnlyList<DeskDto> Desks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Desks = await setup.GetDesksAsync(cancellationToken);
        if (await ReadEntriesAsync(DeskIds, travelOnly: false, cancellationToken) is not { } report)
        {
            return Page();
        }

        var numbers = await BillingNumbersAsync(report.Items.Select(x => x.Entry.BilledInBillingId), cancellationToken);
        var contractIds = report.Items.Where(x => x.Entry.ContractId is not null).Select(x => x.Entry.ContractId!.Value).Distinct().ToList();
        var terms = contractIds.Count == 0
            ? new Dictionary<Guid, ContractTermsDto>()
            : (await Contracts.GetContractTermsAsync(new ContractTermsRequest(null, contractIds), cancellationToken)).ToDictionary(c => c.Id);
        var lines = report.Items.Select(x => new Line(x, BilledMinutes(x.Entry, terms), Value(x.Entry))).ToList();

        var table = new ReportTable(
            "Extrato de apontamentos",
            Caption(TechniciansCaption, ("Mesas", Chosen(Desks, DeskIds, d => d.Id, d => d.Name))),
            Columns,
            [.. lines.Select(l => Row(l, numbers))],
            [
                Total("Total", lines),
                Total("Com valor manual", [.. lines.Where(l => l.Item.Entry.ManualValue)]),
                Total("Sem valor manual", [.. lines.Where(l => !l.Item.Entry.ManualValue)]),
                Total("Em garantia", [.. lines.Where(l => l.Item.Entry.Warranty)]),
            ]);
        return Respond(table, report.Truncated, "apontamentos");
    }

    /// <summary>
    /// The minutes billing counts: contract time after the contract's rounding, standalone time as logged, nothing under
    /// warranty or on a desk without valuation.
    /// </summary>
    private static int BilledMinutes(TimeEntryDto e, Dictionary<Guid, ContractTermsDto> terms) => e switch
    {
        { Warranty: true } or { Kind: null } => 0,
        { Kind: EntryKind.Contract, ContractId: { } id } when terms.TryGetValue(id, out var contract) =>
            BillingTimeRounding.BilledMinutes(e.Minutes, contract.TimeRoundingIncrementMinutes, contract.MinimumMinutesPerEntry),
        _ => e.Minutes,
    };

    private static decimal? Value(TimeEntryDto e) => e.Warranty ? 0m : e.Value;

    private static ReportRow Row(Line l, IReadOnlyDictionary<Guid, int> numbers)
    {
        var (x, e) = (l.Item, l.Item.Entry);
        return new([
            ReportCell.Of(e.Date),
            ReportCell.Of(e.TechnicianName),
            ReportCell.Of(x.ClientName),
            ReportCell.Of(x.DeskName),
            BilledStateText.Ticket(x.TicketNumber, x.TicketTitle),
            ReportCell.Of(e.Mode?.Portuguese() ?? "—"),
            ReportCell.Of(KindText(e.Kind)),
            ReportCell.Of(e.SourceName ?? "—"),
            ReportCell.Of(e.Minutes),
            ReportCell.Of(l.BilledMinutes),
            l.Value is { } value ? ReportCell.Of(value) : ReportCell.Empty,
            ReportCell.Of(e.Warranty),
            ReportCell.Of(e.ManualValue),
            e.Kind switch
            {
                null => ReportCell.Of("Sem valorização"),
                EntryKind.Contract => ReportCell.Of("No ciclo do contrato"),
                _ => BilledStateText.Of(e.BilledInBillingId, x.TicketState, numbers),
            },
        ]);
    }

    private static string KindText(EntryKind? kind) => kind switch
    {
        EntryKind.Contract => "Contrato",
        EntryKind.Standalone => "Avulso",
        _ => "Sem valorização",
    };

    private static ReportRow Total(string label, IReadOnlyList<Line> lines) =>
        new([
            ReportCell.Of(label), ReportCell.Empty, ReportCell.Empty, ReportCell.Empty, ReportCell.Of($"{lines.Count} apontamento(s)"),
            ReportCell.Empty, ReportCell.Empty, ReportCell.Empty,
            ReportCell.Of(lines.Sum(l => l.Item.Entry.Minutes)), ReportCell.Of(lines.Sum(l => l.BilledMinutes)), ReportCell.Of(lines.Sum(l => l.Value ?? 0m)),
            ReportCell.Empty, ReportCell.Empty, ReportCell.Empty,
        ]);

    private sealed record Line(EntryReportItemDto Item, int BilledMinutes, decimal? Value);
}
