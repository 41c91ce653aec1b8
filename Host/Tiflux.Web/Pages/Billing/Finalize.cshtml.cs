using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Billing;

/// <summary>
/// Finalization of a billing: the selected groups (or every group, "Faturar tudo"), dates, discount, interest, NFe,
/// observations and files. The page shows the module's draft and commits it with the draft's version; the module
/// recomputes and refuses when anything changed meanwhile (docs/decisions/0014-billing-draft-commit.md). "Baixar
/// prévia" prints the closing report of what the form would bill, writing nothing; "Enviar PDF por e-mail" is committed
/// with the billing (docs/decisions/0017-finalization-defaults.md).
/// </summary>
[Authorize(Policy = Permissions.Billing)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class FinalizeModel(IBillingWorkflow workflow, IContractsModule contracts, IReportingModule reporting, TimeProvider clock) : PageModel
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
        ["Email"] = "destinatarios",
        ["Layout"] = "modeloPrevia",
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

    [BindProperty(Name = "enviarEmail")]
    public bool SendEmail { get; set; }

    [BindProperty(Name = "destinatarios")]
    public string? Recipients { get; set; }

    [BindProperty(Name = "modeloEmail")]
    public string? EmailLayout { get; set; }

    [BindProperty(Name = "modeloPrevia")]
    public string? PreviewLayout { get; set; }

    /// <summary>The version of the draft the user saw; the commit is refused when the lines changed since.</summary>
    [BindProperty(Name = "versao")]
    public string? Version { get; set; }

    public Guid ClientId { get; private set; }

    public string ClientName { get; private set; } = "Cliente";

    public PendingFilters Filters { get; private set; } = null!;

    public IReadOnlyList<LineGroup> Groups { get; private set; } = [];

    public decimal Total { get; private set; }

    /// <summary>The valor real preview for what is typed (unreadable amounts count as zero until Faturar refuses them).</summary>
    public decimal RealValue =>
        BillingAmounts.RealValue(Total, PtBrParsing.AmountOrZero(Discount) ?? 0m, PtBrParsing.AmountOrZero(Interest) ?? 0m);

    public bool BillAll => Action == "tudo";

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public IEnumerable<string> SummaryErrors =>
        ModelState.Where(e => !FieldNames.ContainsValue(e.Key)).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage);

    public IActionResult OnGet(Guid clientId) => Redirect($"/faturamento/cliente/{clientId}");

    /// <summary>From the billing screen: "Faturar selecionados" or "Faturar tudo".</summary>
    public async Task<IActionResult> OnPostAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var draft = await LoadAsync(clientId, cancellationToken);
        if (draft is null || Groups.Count == 0)
        {
            return Redirect($"/faturamento/cliente/{clientId}?{Filters.Query}&erro=nenhum");
        }

        ModelState.Clear();
        if (draft.MissingGroupKeys.Count > 0)
        {
            ModelState.AddModelError("", "Parte dos itens selecionados não está mais pendente e foi retirada. Confira o total antes de faturar.");
        }

        BillingDate = draft.BillingDate;
        DueDate = draft.DueDate;
        Discount = PtBr.MoneyInput(0m);
        Interest = PtBr.MoneyInput(0m);
        Observations = draft.SuggestedObservations;
        if (await contracts.GetClientAsync(clientId, cancellationToken) is { } client)
        {
            Recipients = string.Join(", ", client.FinanceEmails);
            EmailLayout = PreviewLayout = ClosingReportLayouts.Slug(client.ReportLayout);
        }

        return Page();
    }

    /// <summary>"Baixar prévia": the closing report of what the form would bill, marked PRÉVIA; nothing is written.</summary>
    public async Task<IActionResult> OnPostPreviaAsync(Guid clientId, CancellationToken cancellationToken)
    {
        Filters = PendingFilters.From(Mode, Date, Scope, BrazilTime.Today(clock));
        var amounts = ReadAmounts();
        var layout = ClosingReportLayouts.FromSlug(PreviewLayout);
        Check(layout is null, "modeloPrevia", "Escolha o modelo do relatório.");
        if (ModelState.IsValid)
        {
            var preview = await reporting.RenderBillingPreviewPdfAsync(
                new BillingPreviewRequest(
                    Filters.ToPreviewSelection(clientId, SelectedGroups, BillAll),
                    BillingDate, DueDate, amounts!.Value.Discount, amounts.Value.Interest, NfeNumber, Observations, layout!.Value),
                cancellationToken);
            if (preview.IsSuccess)
            {
                return File(preview.Value.Content, preview.Value.ContentType, preview.Value.FileName);
            }

            AddErrors(preview.Errors);
        }

        await LoadAsync(clientId, cancellationToken);
        return Page();
    }

    /// <summary>"Faturar": commits the draft, or shows why not (nothing is written then) with the lines as they are now.</summary>
    public async Task<IActionResult> OnPostFaturarAsync(Guid clientId, CancellationToken cancellationToken)
    {
        Filters = PendingFilters.From(Mode, Date, Scope, BrazilTime.Today(clock));
        Check(BillingDate is null, "dataFaturamento", "Informe a data de faturamento.");
        Check(DueDate is null, "dataVencimento", "Informe a data de vencimento.");
        var amounts = ReadAmounts();
        var emailLayout = SendEmail ? ClosingReportLayouts.FromSlug(EmailLayout) : null;
        Check(SendEmail && emailLayout is null, "destinatarios", "Escolha o modelo do relatório a enviar.");
        if (ModelState.IsValid)
        {
            var attachments = new List<AttachmentUpload>();
            foreach (var file in Files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
            {
                attachments.Add(new AttachmentUpload(Path.GetFileName(file.FileName), file.ContentType ?? "application/octet-stream", await file.ReadBytesAsync(cancellationToken)));
            }

            // An emptied textarea is posted as null; it means "no observations", not "the suggested ones".
            var result = await workflow.CommitBillingAsync(
                new CommitBillingRequest(
                    Selection(clientId), Version, BillingDate!.Value, DueDate!.Value, amounts!.Value.Discount, amounts.Value.Interest, NfeNumber, Observations ?? "", attachments, User.Identity?.Name ?? "?")
                {
                    Email = emailLayout is { } chosen ? new BillingEmailRequest(Recipients, chosen) : null,
                },
                cancellationToken);
            if (result.IsSuccess)
            {
                TempData["Flash"] = $"Faturamento nº {result.Value.Number} criado." + (emailLayout is null ? "" : " O relatório de fechamento foi colocado na fila de e-mails.");
                return Redirect($"/faturamento/{result.Value.Id}");
            }

            AddErrors(result.Errors);
        }

        // What the user typed stays; the lines, total and version are the current ones, so Faturar again bills them.
        await LoadAsync(clientId, cancellationToken);
        return Page();
    }

    /// <summary>Discount and interest as typed (blank = zero); null, with the errors recorded, when either is unreadable.</summary>
    private (decimal Discount, decimal Interest)? ReadAmounts()
    {
        var discount = PtBrParsing.AmountOrZero(Discount);
        var interest = PtBrParsing.AmountOrZero(Interest);
        Check(discount is null, "desconto", "Valor de desconto inválido. Use o formato 1.234,56.");
        Check(interest is null, "juros", "Valor de juros inválido. Use o formato 1.234,56.");
        return discount is { } d && interest is { } i ? (d, i) : null;
    }

    private void AddErrors(IEnumerable<Error> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field is { } field && FieldNames.TryGetValue(field, out var name) ? name : "", error.Message);
        }
    }

    private void Check(bool failed, string field, string message)
    {
        if (failed)
        {
            ModelState.AddModelError(field, message);
        }
    }

    private BillingDraftRequest Selection(Guid clientId) => new(clientId, Filters.ToRequest([clientId]), SelectedGroups, BillAll);

    private async Task<BillingDraftDto?> LoadAsync(Guid clientId, CancellationToken cancellationToken)
    {
        ClientId = clientId;
        Filters = PendingFilters.From(Mode, Date, Scope, BrazilTime.Today(clock));
        var prepared = await workflow.PrepareBillingDraftAsync(Selection(clientId), cancellationToken);
        if (!prepared.IsSuccess)
        {
            Groups = [];
            Total = 0m;
            return null;
        }

        var draft = prepared.Value;
        ClientName = draft.ClientName ?? ClientName;
        Groups = [.. draft.Groups.Select(g => new LineGroup(g.GroupKey, g.Lines))];
        Total = draft.Total;
        Version = draft.Version;
        return draft;
    }
}
