using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Integrations.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Billing;

/// <summary>Histórico de faturamentos: filters, a page of billings and the totals of every match without the reversed ones.</summary>
[Authorize(Policy = Permissions.Billing)]
public sealed class HistoryModel(IBillingWorkflow workflow, IIntegrationsModule integrations, IContractsModule contracts) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(Name = "faturamentoDe", SupportsGet = true)]
    public DateOnly? BillingFrom { get; set; }

    [BindProperty(Name = "faturamentoAte", SupportsGet = true)]
    public DateOnly? BillingTo { get; set; }

    [BindProperty(Name = "vencimentoDe", SupportsGet = true)]
    public DateOnly? DueFrom { get; set; }

    [BindProperty(Name = "vencimentoAte", SupportsGet = true)]
    public DateOnly? DueTo { get; set; }

    [BindProperty(Name = "cliente", SupportsGet = true)]
    public Guid? ClientId { get; set; }

    [BindProperty(Name = "nfe", SupportsGet = true)]
    public string? NfeNumber { get; set; }

    [BindProperty(Name = "observacoes", SupportsGet = true)]
    public string? Observations { get; set; }

    [BindProperty(Name = "ticket", SupportsGet = true)]
    public int? TicketNumber { get; set; }

    [BindProperty(Name = "situacao", SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(Name = "pagina", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public BillingHistoryDto? History { get; private set; }

    /// <summary>The Asaas / Conta Azul charges of the billings on this page.</summary>
    public IReadOnlyDictionary<Guid, ChargeDto> Charges { get; private set; } = new Dictionary<Guid, ChargeDto>();

    /// <summary>Every client, in the module's pt-BR order, for the searchable client filter.</summary>
    public IReadOnlyList<ClientSummary> ClientChoices { get; private set; } = [];

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public static BillingState? ParseState(string? state) => state switch
    {
        "faturado" => BillingState.Billed,
        "estornado" => BillingState.Reversed,
        "pago" => BillingState.Paid,
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CheckPair(BillingFrom, BillingTo, "faturamentoDe", "faturamento");
        CheckPair(DueFrom, DueTo, "vencimentoDe", "vencimento");
        if (ModelState.IsValid)
        {
            var result = await workflow.GetHistoryAsync(
                new BillingHistoryRequest(BillingFrom, BillingTo, DueFrom, DueTo, ClientId, NfeNumber, TicketNumber, ParseState(State), Math.Max(1, PageNumber), PageSize)
                {
                    Observations = Observations,
                },
                cancellationToken);
            if (result.IsSuccess)
            {
                History = result.Value;
                Charges = await integrations.GetChargesAsync([.. result.Value.Page.Items.Select(b => b.Id)], cancellationToken);
            }
            else
            {
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError(error.Field == "BillingFrom" ? "faturamentoDe" : "", error.Message);
                }
            }
        }

        await LoadClientChoicesAsync(cancellationToken);
    }

    public string PageLink(int page)
    {
        var query = Request.Query
            .Where(q => q.Key != "pagina")
            .SelectMany(q => q.Value.Select(v => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(v ?? "")))
            .Append("pagina=" + page.ToString(PtBr.Culture));
        return "/faturamento/historico?" + string.Join("&", query);
    }

    private void CheckPair(DateOnly? from, DateOnly? to, string field, string what)
    {
        if ((from is null) != (to is null))
        {
            ModelState.AddModelError(field, $"Informe o início e o fim do período de {what} (os dois juntos).");
        }
        else if (from > to)
        {
            ModelState.AddModelError(field, $"O início do período de {what} deve ser anterior ao fim.");
        }
    }

    private async Task LoadClientChoicesAsync(CancellationToken cancellationToken) =>
        ClientChoices = await contracts.GetClientsAsync(null, cancellationToken);
}
