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
/// Gastos Extras: the extras launched on tickets in a period, by client, ticket, expense type and billed state, with
/// quantity and value totals split into billed and not yet billed; XLSX of the same table.
/// </summary>
[Authorize(Policy = Permissions.FinancialReports)]
public sealed class ExtrasModel(
    ITicketReports reports,
    ITicketEntryReports entries,
    IBillingNumbers billings,
    IContractsModule contracts,
    ICatalogAdministration catalog,
    IUserDirectory users,
    IReportTables tables,
    TimeProvider clock) : ListReportPage(clock, tables, contracts, billings)
{
    private static readonly ReportColumn[] Columns =
    [
        new("Data", ReportColumnKind.Date),
        new("Ticket", ReportColumnKind.Text),
        new("Cliente", ReportColumnKind.Text),
        new("Despesa", ReportColumnKind.Text),
        new("Quantidade", ReportColumnKind.Quantity),
        new("Valor unitário", ReportColumnKind.Money),
        new("Total", ReportColumnKind.Money),
        new("Lançado por", ReportColumnKind.Text),
        new("Situação", ReportColumnKind.Text),
    ];

    [BindProperty(Name = "despesa", SupportsGet = true)]
    public List<Guid> ExpenseIds { get; set; } = [];

    [BindProperty(Name = "ticket", SupportsGet = true)]
    public int? TicketNumber { get; set; }

    /// <summary>"faturados", "pendentes" (not yet billed) or empty for both.</summary>
    [BindProperty(Name = "situacao", SupportsGet = true)]
    public string? State { get; set; }

    public IReadOnlyList<ExtraExpenseDto> Expenses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Expenses = await catalog.ListExtraExpensesAsync(cancellationToken);
        if (!await ReadFiltersAsync(cancellationToken, ExpenseIds))
        {
            return Page();
        }

        if (State is { Length: > 0 } and not ("faturados" or "pendentes"))
        {
            ErrorMessage = "Situação: escolha faturados, não faturados ou todas.";
            return Page();
        }

        bool? billed = State is { Length: > 0 } ? State == "faturados" : null;
        var list = await reports.ListExtrasAsync(
            new ExtraListRequest(From, To, AllWhenEmpty(ClientIds), AllWhenEmpty(ExpenseIds), null, TicketNumber, billed), cancellationToken);
        var numbers = await BillingNumbersAsync(list.Items.Select(x => x.BilledInBillingId), cancellationToken);
        var states = await entries.GetTicketStatesAsync([.. list.Items.Where(x => x.BilledInBillingId is null).Select(x => x.TicketId)], cancellationToken);
        var authors = await StaffChoices.NamesAsync(users);

        var rows = list.Items.Select(x => new ReportRow(
        [
            ReportCell.Of(x.Date),
            BilledStateText.Ticket(x.TicketNumber, x.TicketTitle),
            ReportCell.Of(x.ClientName),
            ReportCell.Of(x.ExpenseName),
            ReportCell.Of(x.Quantity),
            ReportCell.Of(x.UnitValue),
            ReportCell.Of(x.Total),
            ReportCell.Of(authors.GetValueOrDefault(x.AuthorId, "—")),
            BilledStateText.Of(x.BilledInBillingId, states.GetValueOrDefault(x.TicketId, TicketState.Open), numbers),
        ])).ToList();
        var table = new ReportTable(
            "Gastos Extras",
            Caption(
                ("Despesas", Chosen(Expenses, ExpenseIds, e => e.Id, e => e.Name)),
                ("Ticket", TicketNumber is { } n ? [$"#{n}"] : []),
                ("Situação", billed is { } b ? [b ? "faturados" : "pendentes"] : [])),
            Columns,
            rows,
            [
                Total("Total", list.Items),
                Total("Faturado", [.. list.Items.Where(x => x.BilledInBillingId is not null)]),
                Total("A faturar", [.. list.Items.Where(x => x.BilledInBillingId is null)]),
            ]);
        return Respond(table, list.Truncated, "gastos-extras");
    }

    private static ReportRow Total(string label, IReadOnlyList<ExtraListItemDto> items) =>
        new([
            ReportCell.Of(label), ReportCell.Of($"{items.Count} item(ns)"), ReportCell.Empty, ReportCell.Empty,
            ReportCell.Of(items.Sum(x => x.Quantity)), ReportCell.Empty, ReportCell.Of(items.Sum(x => x.Total)), ReportCell.Empty, ReportCell.Empty,
        ]);
}
