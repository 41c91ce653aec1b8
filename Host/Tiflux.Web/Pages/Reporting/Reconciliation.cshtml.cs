using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Reporting;

/// <summary>
/// Relatórios › Faturamento › Conciliação: per client and period (entry date), every logged minute, travel fee and extra
/// in exactly one bucket, the difference and the problems with links to the tickets. Money only with "visualizar valores".
/// The filters come as text so a malformed date is a message, never an error page.
/// </summary>
[Authorize(Policy = Permissions.FinancialReports)]
public sealed class ReconciliationModel(IBillingReconciliation reconciliation, IContractsModule contracts, TimeProvider clock) : PageModel
{
    /// <summary>Items listed under each bucket; the totals always count them all.</summary>
    public const int ItemsShown = 50;

    [BindProperty(Name = "cliente", SupportsGet = true)]
    public string? Client { get; set; }

    [BindProperty(Name = "de", SupportsGet = true)]
    public string? FromText { get; set; }

    [BindProperty(Name = "ate", SupportsGet = true)]
    public string? ToText { get; set; }

    public IReadOnlyList<ClientSummary> ClientChoices { get; private set; } = [];

    public Guid? ClientId { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public bool CanSeeMoney { get; private set; }

    /// <summary>The reconciliation; null until the filters are valid.</summary>
    public ReconciliationDto? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        CanSeeMoney = User.Has(Permissions.ValuesView);
        ClientChoices = await contracts.GetClientsAsync(null, cancellationToken);
        var today = BrazilTime.Today(clock);
        From = ParseDate(FromText, "de", new DateOnly(today.Year, today.Month, 1));
        To = ParseDate(ToText, "ate", today);
        if (!string.IsNullOrWhiteSpace(Client))
        {
            if (Guid.TryParse(Client, out var id) && ClientChoices.Any(c => c.Id == id))
            {
                ClientId = id;
            }
            else
            {
                ModelState.AddModelError("cliente", "Cliente não encontrado.");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await reconciliation.ReconcileAsync(new ReconciliationRequest(ClientId, From, To), cancellationToken);
        if (result.IsSuccess)
        {
            Result = result.Value;
        }
        else
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Field ?? "ate", error.Message);
            }
        }

        return Page();
    }

    public string Money(decimal? value) => value is null ? "—" : PtBr.Money(value, CanSeeMoney);

    private DateOnly ParseDate(string? text, string field, DateOnly fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return date;
        }

        ModelState.AddModelError(field, "Data inválida: use dd/mm/aaaa.");
        return fallback;
    }
}
