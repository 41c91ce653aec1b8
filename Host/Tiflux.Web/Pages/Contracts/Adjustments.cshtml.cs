using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Contracts;

[Authorize(Policy = Permissions.ContractsManage)]
public sealed class AdjustmentsModel(IContractsAdministration contracts, TimeProvider clock) : PageModel
{
    /// <summary>The month as yyyy-MM (the value of an input type="month").</summary>
    [BindProperty(SupportsGet = true, Name = "mes")]
    public string? Month { get; set; }

    [BindProperty]
    public AdjustmentInput Input { get; set; } = new();

    public DateOnly FirstDay { get; private set; }

    public IReadOnlyList<AdjustmentCandidateDto> Candidates { get; private set; } = [];

    public string MonthLabel => FirstDay.ToString("MMMM 'de' yyyy", PtBr.Culture);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

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
        return RedirectToPage(new { mes = Month });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var today = BrazilTime.Today(clock);
        if (!DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            if (!string.IsNullOrEmpty(Month))
            {
                ModelState.AddModelError("mes", "Mês inválido: use o formato AAAA-MM, por exemplo 2026-11.");
            }

            first = new DateOnly(today.Year, today.Month, 1);
        }
        else if (!BusinessDates.Contains(first))
        {
            // 9999-12 would make the module compute the month after December 9999.
            ModelState.AddModelError("mes", BusinessDates.OutOfRangeMessage);
            first = new DateOnly(today.Year, today.Month, 1);
        }

        FirstDay = first;
        Month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Candidates = await contracts.ListAdjustmentsDueAsync(first.Year, first.Month, cancellationToken);
    }

    public sealed class AdjustmentInput
    {
        public List<Guid> ContractIds { get; set; } = [];

        public string? Percent { get; set; }

        public string? NewValue { get; set; }

        public string? IndexName { get; set; }
    }
}
