using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Contracts;

/// <summary>
/// Relatórios › Reajuste de contrato: contracts due for a price adjustment in a period of months, pending ones first,
/// with their last adjustment and a preview of the value after a percentage; the selection is adjusted in bulk.
/// </summary>
[Authorize(Policy = Permissions.ContractsManage)]
public sealed class AdjustmentsModel(
    IContractsAdministration contracts, IContractAdjustments adjustments, IContractsModule clients, IReportTables tables, TimeProvider clock) : PageModel
{
    /// <summary>One month as yyyy-MM (the first form of this page's link); sets both ends of the period.</summary>
    [BindProperty(SupportsGet = true, Name = "mes")]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true, Name = "de")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "ate")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "cliente")]
    public string? Client { get; set; }

    /// <summary>"pendente" (Pendente de reajuste) or "ativo" (scheduled, not yet due); empty = both.</summary>
    [BindProperty(SupportsGet = true, Name = "situacao")]
    public string? Status { get; set; }

    /// <summary>The preview percentage (pt-BR number).</summary>
    [BindProperty(SupportsGet = true, Name = "percentual")]
    public string? Preview { get; set; }

    [BindProperty]
    public AdjustmentInput Input { get; set; } = new();

    public DateOnly FromMonth { get; private set; }

    public DateOnly ToMonth { get; private set; }

    public AdjustmentReportDto Report { get; private set; } = new([], null);

    public IReadOnlyList<ClientSummary> ClientChoices { get; private set; } = [];

    public Guid? ClientId { get; private set; }

    public bool CanSeeMoney { get; private set; }

    public string PeriodLabel => FromMonth == ToMonth ? MonthText(FromMonth) : $"{MonthText(FromMonth)} a {MonthText(ToMonth)}";

    /// <summary>The filters as route values, so applying keeps the report the user was looking at.</summary>
    public Dictionary<string, string> Filters => new Dictionary<string, string?>
    {
        ["de"] = Iso(FromMonth),
        ["ate"] = Iso(ToMonth),
        ["cliente"] = ClientId?.ToString(),
        ["situacao"] = Status,
        ["percentual"] = Preview,
    }.Where(f => !string.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Key, f => f.Value!);

    /// <summary>"xlsx" downloads the rows on screen (same filters) through the list reports' exporter.</summary>
    [BindProperty(SupportsGet = true, Name = "formato")]
    public string? Format { get; set; }

    /// <summary>The link of "Baixar XLSX": this report's filters plus formato=xlsx.</summary>
    public string XlsxLink => QueryHelpers.AddQueryString("/contratos/reajuste", Filters.Append(new("formato", "xlsx")).Select(f => new KeyValuePair<string, string?>(f.Key, f.Value)));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Format == "xlsx")
        {
            var file = tables.RenderXlsx(AdjustmentsTable.Build(Report, PeriodLabel, CanSeeMoney), $"reajuste-de-contrato-{Iso(FromMonth)}-a-{Iso(ToMonth)}");
            return File(file.Content, file.ContentType, file.FileName);
        }

        // The bulk action starts from the previewed percentage.
        Input.Percent ??= Preview;
        return Page();
    }

    /// <summary>"01/04/2026 · IGP-M 4,5% (R$ 1.000,00 → R$ 1.045,00) · fin@x"; "—" when never adjusted.</summary>
    public static string LastAdjustmentText(AdjustmentHistoryDto? last, bool showMoney)
    {
        if (last is null)
        {
            return "—";
        }

        var how = last.Percent is { } percent ? $"{last.IndexName} {PtBr.Percent(percent)}" : $"{last.IndexName}: novo valor";
        var values = showMoney ? $" ({PtBr.Money(last.PreviousValue)} → {PtBr.Money(last.ResultingValue)})" : "";
        return $"{PtBr.Date(last.EffectiveDate)} · {how}{values} · {last.AppliedBy}";
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var percent = ModelState.Money(Input.Percent, "Input.Percent");
        var newValue = ModelState.Money(Input.NewValue, "Input.NewValue");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = new ApplyAdjustmentRequest(Input.ContractIds, percent, newValue, Input.IndexName ?? "", User.Identity?.Name ?? "?");
        var result = await contracts.ApplyAdjustmentsAsync(request, cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<AdjustmentInput>(result, nameof(Input));
            return Page();
        }

        TempData["Flash"] = $"Reajuste aplicado a {result.Value} contrato(s); um novo adendo foi criado para cada um.";
        return RedirectToPage(Filters.ToDictionary(f => f.Key, f => (object?)f.Value));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanSeeMoney = User.Has(Permissions.ValuesView);
        ClientChoices = await clients.GetClientsAsync(null, cancellationToken);
        var today = BrazilTime.Today(clock);
        var current = new DateOnly(today.Year, today.Month, 1);
        var single = ParseMonth(Month, "mes");
        FromMonth = single ?? ParseMonth(From, "de") ?? current;
        ToMonth = single ?? ParseMonth(To, "ate") ?? (From is null ? current : FromMonth);
        ClientId = ParseClient();
        var status = ParseStatus();
        var preview = ParsePreview();
        Month = FromMonth == ToMonth ? Iso(FromMonth) : null;
        var result = await adjustments.GetReportAsync(new AdjustmentReportRequest(FromMonth, ToMonth, ClientId, status, preview), cancellationToken);
        if (result.IsSuccess)
        {
            Report = result.Value;
            return;
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field == "PreviewPercent" ? "percentual" : "de", error.Message);
        }

        // Show what can be shown: without the refused preview, and in the current month when the period was refused.
        if (result.Errors.Any(e => e.Field != "PreviewPercent"))
        {
            FromMonth = ToMonth = current;
        }

        Preview = null;
        Report = (await adjustments.GetReportAsync(new AdjustmentReportRequest(FromMonth, ToMonth, ClientId, status, null), cancellationToken)).Value;
    }

    private DateOnly? ParseMonth(string? text, string key)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            ModelState.AddModelError(key, "Mês inválido: use o formato AAAA-MM, por exemplo 2026-11.");
            return null;
        }

        if (!BusinessDates.Contains(first))
        {
            // 9999-12 would make the module compute the month after December 9999.
            ModelState.AddModelError(key, BusinessDates.OutOfRangeMessage);
            return null;
        }

        return first;
    }

    private Guid? ParseClient()
    {
        if (string.IsNullOrEmpty(Client))
        {
            return null;
        }

        if (Guid.TryParse(Client, out var id))
        {
            return id;
        }

        ModelState.AddModelError("cliente", "Cliente inválido: escolha um cliente da lista.");
        return null;
    }

    private ContractStatus? ParseStatus()
    {
        switch (Status)
        {
            case null or "":
                return null;
            case "pendente":
                return ContractStatus.PendingAdjustment;
            case "ativo":
                return ContractStatus.Active;
            default:
                ModelState.AddModelError("situacao", "Situação inválida: escolha Pendente de reajuste ou Agendado.");
                Status = null;
                return null;
        }
    }

    private decimal? ParsePreview()
    {
        var percent = ModelState.Money(Preview, "percentual");
        if (percent is null && !string.IsNullOrEmpty(Preview))
        {
            Preview = null;
        }

        return percent;
    }

    private static string Iso(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string MonthText(DateOnly month) => month.ToString("MMMM 'de' yyyy", PtBr.Culture);

    public sealed class AdjustmentInput
    {
        public List<Guid> ContractIds { get; set; } = [];

        public string? Percent { get; set; }

        public string? NewValue { get; set; }

        public string? IndexName { get; set; }
    }
}
