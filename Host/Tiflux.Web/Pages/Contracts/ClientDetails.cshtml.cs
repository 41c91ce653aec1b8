using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Integrations.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Contracts;

[Authorize(Policy = Permissions.ClientsView)]
public sealed class ClientDetailsModel(
    IClientsAdministration clients,
    IBillingModule billing,
    IBillingWorkflow workflow,
    IIntegrationsModule integrations,
    ITicketRequestors requestors,
    TimeProvider clock) : PageModel
{
    /// <summary>How many requestors the client page lists; the Solicitantes page searches and pages them all.</summary>
    public const int LatestRequestors = 10;

    /// <summary>How many billings the Faturamento tab lists; the rest is one click away in the history.</summary>
    public const int LatestBillings = 10;

    /// <summary>How many open (unpaid) billings the Faturamento tab lists.</summary>
    public const int LatestOpenBillings = 20;

    public ClientDetailsDto Details { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public bool CanSeeMoney { get; private set; }

    public ClientBillingTab Billing { get; private set; } = null!;

    public PagedList<RequestorDto> Requestors { get; private set; } = new([], 1, LatestRequestors, 0);

    [BindProperty]
    public GroupInput Group { get; set; } = new();

    [BindProperty]
    public ResourceInput Resource { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Billing = await LoadBillingAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var result = await clients.SetClientActiveAsync(id, active, cancellationToken);
        return await AfterAsync(id, result, "Situação", active ? "Cliente ativado." : "Cliente inativado.", cancellationToken);
    }

    public async Task<IActionResult> OnPostGroupAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var result = await clients.AddResourceGroupAsync(id, Group.Name ?? "", cancellationToken);
        return await AfterAsync(id, result, nameof(Group), "Grupo de recurso adicionado.", cancellationToken);
    }

    public async Task<IActionResult> OnPostResourceAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var request = new AddResourceRequest(id, Resource.Name ?? "", Resource.Description ?? "", Resource.ResourceGroupId);
        var result = await clients.AddResourceAsync(request, cancellationToken);
        return await AfterAsync(id, result, nameof(Resource), "Recurso adicionado.", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Guid id, SharedKernel.Result result, string prefix, string success, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Flash"] = success;
            return RedirectToPage(new { id });
        }

        if (prefix == nameof(Group))
        {
            ModelState.AddResultErrors<GroupInput>(result, prefix);
        }
        else if (prefix == nameof(Resource))
        {
            ModelState.AddResultErrors<ResourceInput>(result, prefix);
        }
        else
        {
            ModelState.AddResultErrors<GroupInput>(result, "");
        }

        await LoadAsync(id, cancellationToken);
        Billing = await LoadBillingAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var details = await clients.GetClientDetailsAsync(id, cancellationToken);
        if (details is null)
        {
            return false;
        }

        Details = details;
        CanEdit = User.Has(Permissions.ClientsManage);
        CanSeeMoney = User.Has(Permissions.ValuesView);
        Requestors = await requestors.ListRequestorsAsync(new RequestorListRequest(ClientId: id, PageSize: LatestRequestors), cancellationToken);
        return true;
    }

    /// <summary>Clientes › Faturamento: one read per block (pending total, latest billings, open billings, their charges, usage).</summary>
    private async Task<ClientBillingTab> LoadBillingAsync(Guid id, CancellationToken cancellationToken)
    {
        var today = BrazilTime.Today(clock);
        var pending = (await billing.GetPendingTotalsAsync(new PendingRequest(today, null, [id], PendingScope.Both), cancellationToken))
            .FirstOrDefault(p => p.ClientId == id);
        var latest = await workflow.GetHistoryAsync(
            new BillingHistoryRequest(null, null, null, null, id, null, null, null, 1, LatestBillings), cancellationToken);
        var open = await workflow.GetHistoryAsync(
            new BillingHistoryRequest(null, null, null, null, id, null, null, BillingState.Billed, 1, LatestOpenBillings), cancellationToken);
        var latestRows = latest.IsSuccess ? latest.Value.Page.Items : [];
        var openRows = open.IsSuccess ? open.Value.Page.Items : [];
        var charges = await integrations.GetChargesAsync([.. latestRows.Concat(openRows).Select(b => b.Id).Distinct()], cancellationToken);
        var usage = await billing.GetCurrentUsageAsync(id, today, cancellationToken);
        return new ClientBillingTab(
            today, pending, latestRows, latest.IsSuccess ? latest.Value.Page.TotalItems : 0, openRows,
            open.IsSuccess ? open.Value.TotalRealValue : 0m, open.IsSuccess ? open.Value.CountedBillings : 0, charges, usage);
    }

    public sealed class GroupInput
    {
        public string? Name { get; set; }
    }

    public sealed class ResourceInput
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        public Guid? ResourceGroupId { get; set; }
    }
}
