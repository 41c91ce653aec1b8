using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Contracts;

[Authorize(Policy = Permissions.ContractsView)]
public sealed class ContractDetailsModel(IContractsAdministration contracts, TimeProvider clock) : PageModel
{
    public ContractDetailsDto Details { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public bool CanSeeMoney { get; private set; }

    public bool IsOpen => Details.Terms.Status is ContractStatus.Active or ContractStatus.PendingAdjustment;

    [BindProperty]
    public RiderInput Rider { get; set; } = new();

    [BindProperty]
    public CancelInput Cancel { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var latest = Details.Terms.Riders[^1];
        Rider = RiderInput.From(latest);
        var nextMonth = BrazilTime.Today(clock).AddMonths(1);
        Rider.StartDate = new DateOnly(nextMonth.Year, nextMonth.Month, 1);
        return Page();
    }

    public async Task<IActionResult> OnPostRiderAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        Rider.WithItemRows();
        var request = Rider.ToRequest(ModelState, nameof(Rider) + ".", Details.Terms.Modality, Rider.StartDate);
        if (request is null)
        {
            return Page();
        }

        var result = await contracts.AddRiderAsync(id, request, User.Identity?.Name ?? "?", cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<RiderInput>(result, nameof(Rider), RiderInput.Renames);
            return Page();
        }

        TempData["Flash"] = $"Novo adendo em vigor a partir de {PtBr.Date(request.StartDate)}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        Rider.WithItemRows();
        if (Cancel.CancelledOn is null)
        {
            ModelState.AddModelError("Cancel.CancelledOn", "Informe a data do cancelamento.");
            return Page();
        }

        var result = await contracts.CancelContractAsync(id, Cancel.CancelledOn.Value, Cancel.Reason ?? "", cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<CancelInput>(result, nameof(Cancel));
            return Page();
        }

        TempData["Flash"] = $"Contrato cancelado a partir de {PtBr.Date(Cancel.CancelledOn.Value)}.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var details = await contracts.GetContractDetailsAsync(id, cancellationToken);
        if (details is null)
        {
            return false;
        }

        Details = details;
        ViewData["Modality"] = details.Terms.Modality;
        ViewData["RiderStart"] = true;
        ViewData["RiderReason"] = true;
        CanEdit = User.Has(Permissions.ContractsManage);
        CanSeeMoney = User.Has(Permissions.ValuesView);
        return true;
    }

    public sealed class CancelInput
    {
        public DateOnly? CancelledOn { get; set; }

        public string? Reason { get; set; }
    }
}
