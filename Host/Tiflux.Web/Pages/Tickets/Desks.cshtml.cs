using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;
using Tiflux.Tickets.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Tickets;

[Authorize(Policy = Permissions.DesksManage)]
public sealed class DesksModel(ITicketChoices choices, ITicketSetup setup, IGroupAdministration groups) : TicketsPageModel
{
    [BindProperty]
    public DeskInput Input { get; set; } = DeskInput.Blank();

    [BindProperty]
    public bool AllowOverlappingEntries { get; set; }

    public IReadOnlyList<DeskDto> Desks { get; private set; } = [];

    public IReadOnlyList<ChoiceDto> Clients { get; private set; } = [];

    public IReadOnlyList<AttendantGroupDto> AttendantGroups { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "mesa")] Guid? deskId, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        AllowOverlappingEntries = (await setup.GetSettingsAsync(cancellationToken)).AllowOverlappingEntries;
        if (Desks.FirstOrDefault(d => d.Id == deskId) is { } desk)
        {
            Input = DeskInput.From(desk);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await setup.SaveDeskAsync(
            new SaveDeskRequest(Input.Id, Input.Name ?? "", DeskInput.Lines(Input.Stages), Input.ParseStatuses(), DeskInput.Lines(Input.Priorities),
                Input.ClientIds, Input.ValuationMode, Input.ReviewEnabled, Input.ReviewerKind, Input.ReviewDeadlineHours, Input.MayReopenReviewed)
            {
                AttendantGroupIds = Input.AttendantGroupIds,
            },
            cancellationToken);
        if (!result.IsSuccess)
        {
            AddErrors(result);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Flash"] = $"Mesa {Input.Name} salva.";
        return Redirect($"/configuracoes/mesas?mesa={result.Value}");
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken cancellationToken)
    {
        await setup.SaveSettingsAsync(new TicketSettingsDto(AllowOverlappingEntries), cancellationToken);
        TempData["Flash"] = "Configuração de apontamentos salva.";
        return Redirect("/configuracoes/mesas");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Desks = await setup.GetDesksAsync(cancellationToken);
        Clients = await choices.GetClientChoicesAsync(cancellationToken);
        AttendantGroups = await groups.AttendantGroupsAsync(cancellationToken);
    }
}
