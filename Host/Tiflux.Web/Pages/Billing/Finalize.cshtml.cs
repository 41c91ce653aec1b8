using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Billing;

/// <summary>
/// Finalization of a billing: the selected groups (or every group, "Faturar tudo"), dates, discount, interest, NFe,
/// observations and files. Amounts are always recomputed on the server; what the browser shows is only a preview.
/// </summary>
[Authorize(Policy = IdentityRegistration.CanBill)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class FinalizeModel(IBillingModule billing, IBillingWorkflow workflow, TimeProvider clock) : PageModel
{
    /// <summary>Room for a few attachments of at most 5 MB each.</summary>
    public const int MaxRequestBytes = 26 * 1024 * 1024;

    private static readonly Dictionary<string, string> FieldNames = new()
    {
        ["BillingDate"] = "dataFaturamento",
        ["DueDate"] = "dataVencimento",
        ["Discount"] = "desconto",
        ["Interest"] = "juros",
        ["NfeNumber"] = "nfe",
        ["Observations"] = "observacoes",
        ["Attachments"] = "arquivos",
    };

    [BindProperty(Name = "modo")]
    public string? Mode { get; set; }

    [BindProperty(Name = "data")]
    public DateOnly? Date { get; set; }

    [BindProperty(Name = "escopo")]
    public string? Scope { get; set; }

    [BindProperty(Name = "grupos")]
    public IReadOnlyList<string> SelectedGroups { get; set; } = [];

    [BindProperty(Name = "acao")]
    public string? Action { get; set; }

    [BindProperty(Name = "dataFaturamento")]
    public DateOnly? BillingDate { get; set; }

    [BindProperty(Name = "dataVencimento")]
    public DateOnly? DueDate { get; set; }

    [BindProperty(Name = "desconto")]
    public string? Discount { get; set; }

    [BindProperty(Name = "juros")]
    public string? Interest { get; set; }

    [BindProperty(Name = "nfe")]
    public string? NfeNumber { get; set; }

    [BindProperty(Name = "observacoes")]
    public string? Observations { get; set; }

    [BindProperty(Name = "arquivos")]
    public IReadOnlyList<IFormFile> Files { get; set; } = [];

    [BindProperty(Name = "totalEsperado")]
    public string? ExpectedTotal { get; set; }

    public Guid ClientId { get; private set; }

    public string ClientName { get; private set; } = "Cliente";

    public PendingFilters Filters { get; private set; } = null!;

    public IReadOnlyList<LineGroup> Groups { get; private set; } = [];

    public decimal Total => Groups.Sum(g => g.Total);

    public bool BillAll => Action == "tudo";

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public IEnumerable<string> SummaryErrors =>
        ModelState.Where(e => !FieldNames.ContainsValue(e.Key)).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage);

    public IActionResult OnGet(Guid clientId) => Redirect($"/faturamento/cliente/{clientId}");

    /// <summary>From the billing screen: "Faturar selecionados" or "Faturar tudo".</summary>
    public async Task<IActionResult> OnPostAsync(Guid clientId, CancellationToken cancellationToken)
    {
        await LoadAsync(clientId, cancellationToken);
        if (Groups.Count == 0)
        {
            return Redirect($"/faturamento/cliente/{clientId}?{Filters.Query}&erro=nenhum");
        }

        ModelState.Clear();
        var today = BrazilTime.Today(clock);
        BillingDate = today;
        var earliestDue = Groups.SelectMany(g => g.Lines).Select(l => l.DueDate).Where(d => d is not null).Min();
        DueDate = earliestDue is { } due && due >= today ? due : today;
        Discount = PtBr.MoneyInput(0m);
        Interest = PtBr.MoneyInput(0m);
        Observations = workflow.SuggestObservations([.. Groups.SelectMany(g => g.Lines)]);
        ExpectedTotal = Total.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    /// <summary>"Faturar": creates the billing, or shows why not (nothing is written then).</summary>
    public async Task<IActionResult> OnPostFaturarAsync(Guid clientId, CancellationToken cancellationToken)
    {
        await LoadAsync(clientId, cancellationToken);
        if (Groups.Count == 0)
        {
            ModelState.AddModelError("", "Os itens selecionados não estão mais pendentes: foram faturados por outra pessoa ou mudaram. Nada foi gravado.");
            return Page();
        }

        var discount = PtBrParsing.AmountOrZero(Discount);
        var interest = PtBrParsing.AmountOrZero(Interest);
        Check(BillingDate is null, "dataFaturamento", "Informe a data de faturamento.");
        Check(DueDate is null, "dataVencimento", "Informe a data de vencimento.");
        Check(discount is null, "desconto", "Valor de desconto inválido. Use o formato 1.234,56.");
        Check(interest is null, "juros", "Valor de juros inválido. Use o formato 1.234,56.");
        if (decimal.TryParse(ExpectedTotal, NumberStyles.Number, CultureInfo.InvariantCulture, out var expected) && expected != Total)
        {
            ModelState.AddModelError("", $"Os valores mudaram desde que a tela foi aberta: o total agora é {PtBr.Money(Total)}. Confira e clique em Faturar de novo. Nada foi gravado.");
            ExpectedTotal = Total.ToString(CultureInfo.InvariantCulture);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var attachments = new List<AttachmentUpload>();
        foreach (var file in Files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            attachments.Add(new AttachmentUpload(Path.GetFileName(file.FileName), file.ContentType ?? "application/octet-stream", buffer.ToArray()));
        }

        var result = await workflow.CreateBillingAsync(
            new CreateBillingRequest(
                clientId,
                Filters.ToRequest([clientId]),
                [.. Groups.Select(g => g.GroupKey)],
                false,
                BillingDate!.Value,
                DueDate!.Value,
                discount!.Value,
                interest!.Value,
                NfeNumber,
                Observations,
                attachments,
                User.Identity?.Name ?? "?"),
            cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = $"Faturamento nº {result.Value.Number} criado.";
            return Redirect("/faturamento/historico");
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field is { } field && FieldNames.TryGetValue(field, out var name) ? name : "", error.Message);
        }

        return Page();
    }

    private void Check(bool failed, string field, string message)
    {
        if (failed)
        {
            ModelState.AddModelError(field, message);
        }
    }

    private async Task LoadAsync(Guid clientId, CancellationToken cancellationToken)
    {
        ClientId = clientId;
        Filters = PendingFilters.From(Mode, Date, Scope, BrazilTime.Today(clock));
        var lines = (await billing.GetPendingLinesAsync(Filters.ToRequest([clientId]), cancellationToken))
            .Where(l => l.ClientId == clientId).ToList();
        ClientName = lines.FirstOrDefault()?.ClientName ?? ClientName;
        var all = LineGroup.Of(lines).Where(g => g.Billable);
        var chosen = SelectedGroups.ToHashSet(StringComparer.Ordinal);
        Groups = BillAll ? [.. all] : [.. all.Where(g => chosen.Contains(g.GroupKey))];
        if (!BillAll && Groups.Count != chosen.Count && Groups.Count > 0)
        {
            ModelState.AddModelError("", "Parte dos itens selecionados não está mais pendente e foi retirada. Confira o total antes de faturar.");
        }
    }
}
