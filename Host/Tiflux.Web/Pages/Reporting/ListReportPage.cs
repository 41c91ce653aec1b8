using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Reporting;

/// <summary>
/// What the list reports (Gastos Extras, Deslocamentos, Extrato de apontamentos) share: the period and client filters,
/// a pt-BR message for any filter that does not parse, and one <see cref="ReportTable"/> that the page shows and the
/// "Baixar XLSX" button downloads — so the screen and the file cannot disagree. Money columns only with "visualizar valores".
/// </summary>
public abstract class ListReportPage(TimeProvider clock, IReportTables tables, IContractsModule contracts, IBillingNumbers billings) : PageModel
{
    /// <summary>The most choices one multi-select filter takes.</summary>
    public const int MaxChoices = 200;

    [BindProperty(Name = "de", SupportsGet = true)]
    public DateOnly? FromInput { get; set; }

    [BindProperty(Name = "ate", SupportsGet = true)]
    public DateOnly? ToInput { get; set; }

    [BindProperty(Name = "cliente", SupportsGet = true)]
    public List<Guid> ClientIds { get; set; } = [];

    /// <summary>"xlsx" downloads the table instead of showing the page.</summary>
    [BindProperty(Name = "formato", SupportsGet = true)]
    public string? Format { get; set; }

    public DateOnly From { get; private set; }

    /// <summary>The Contracts module, for pages that read more than the client choices.</summary>
    protected IContractsModule Contracts => contracts;

    /// <summary>The client filter's choices.</summary>
    public IReadOnlyList<ClientSummary> Clients { get; private set; } = [];

    public DateOnly To { get; private set; }

    public ReportTable? Table { get; private set; }

    /// <summary>The period held more rows than one report reads; the list is cut.</summary>
    public bool Truncated { get; private set; }

    public string? ErrorMessage { get; protected set; }

    public bool CanSeeMoney => User.Has(Permissions.ValuesView);

    /// <summary>The period's ISO dates for the form's date inputs.</summary>
    public string FromIso => PtBr.Iso(From);

    public string ToIso => PtBr.Iso(To);

    /// <summary>
    /// Loads the client choices, reads the period and checks what model binding found; false with <see cref="ErrorMessage"/>
    /// set when a filter is invalid.
    /// </summary>
    protected async Task<bool> ReadFiltersAsync(CancellationToken cancellationToken, params IReadOnlyCollection<Guid>[] choiceLists)
    {
        Clients = await contracts.GetClientsAsync(null, cancellationToken);
        (From, To, var periodError) = ReportPeriod.Read(FromInput, ToInput, BrazilTime.Today(clock));
        var bindingError = ModelState
            .Where(kv => kv.Value is { Errors.Count: > 0 })
            .Select(kv => $"{FilterLabel(kv.Key)}: {kv.Value!.Errors[0].ErrorMessage}")
            .FirstOrDefault();
        ErrorMessage = bindingError ?? periodError;
        if (ErrorMessage is null && choiceLists.Append(ClientIds).Any(list => list.Count > MaxChoices))
        {
            ErrorMessage = $"Escolha no máximo {MaxChoices} itens em cada filtro.";
        }

        if (ErrorMessage is null && Format is { Length: > 0 } and not "xlsx")
        {
            ErrorMessage = "Formato desconhecido: o relatório é baixado em XLSX.";
        }

        return ErrorMessage is null;
    }

    /// <summary>The page or, with formato=xlsx, the same table as a spreadsheet.</summary>
    protected IActionResult Respond(ReportTable table, bool truncated, string fileName)
    {
        Table = CanSeeMoney ? table : table.WithoutMoney();
        Truncated = truncated;
        if (Format == "xlsx")
        {
            var file = tables.RenderXlsx(Table, $"{fileName}-{PtBr.Iso(From)}-a-{PtBr.Iso(To)}");
            return File(file.Content, file.ContentType, file.FileName);
        }

        return Page();
    }

    /// <summary>The numbers of the billings among <paramref name="billingIds"/>, for "Faturado em #N".</summary>
    protected Task<IReadOnlyDictionary<Guid, int>> BillingNumbersAsync(IEnumerable<Guid?> billingIds, CancellationToken cancellationToken) =>
        billings.GetNumbersAsync([.. billingIds.OfType<Guid>()], cancellationToken);

    /// <summary>A filter list as the query expects it: empty means "all" (null).</summary>
    protected static IReadOnlyCollection<Guid>? AllWhenEmpty(List<Guid> ids) => ids.Count == 0 ? null : ids;

    /// <summary>"Período: 01/12/2026 a 31/12/2026; Clientes: A, B" — the filters printed above the XLSX table.</summary>
    protected string Caption(params (string Label, IEnumerable<string> Values)[] filters)
    {
        var parts = new List<string> { $"Período: {PtBr.Date(From)} a {PtBr.Date(To)}" };
        filters = [.. filters, ("Clientes", Chosen(Clients, ClientIds, c => c.Id, c => c.Name))];
        parts.AddRange(filters.Select(f => (f.Label, Values: f.Values.ToList()))
            .Where(f => f.Values.Count > 0)
            .Select(f => $"{f.Label}: {string.Join(", ", f.Values)}"));
        return string.Join("; ", parts);
    }

    /// <summary>Names of the chosen ids, in the order of the choices.</summary>
    protected static IEnumerable<string> Chosen<T>(IEnumerable<T> choices, IReadOnlyCollection<Guid> ids, Func<T, Guid> id, Func<T, string> name) =>
        choices.Where(c => ids.Contains(id(c))).Select(name);

    private static string FilterLabel(string key) => key.Split('[')[0] switch
    {
        "de" => "Data inicial",
        "ate" => "Data final",
        "cliente" => "Cliente",
        "tecnico" => "Técnico",
        "mesa" => "Mesa",
        "despesa" => "Despesa",
        "ticket" => "Ticket",
        "situacao" => "Situação",
        var other => other,
    };
}
