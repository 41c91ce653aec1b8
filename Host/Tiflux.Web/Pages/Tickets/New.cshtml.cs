using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Tickets;

public sealed class NewModel(ITicketLifecycle lifecycle, ITicketChoices choices, ITicketSetup setup, UserManager<TifluxUser> users) : TicketsPageModel
{
    [BindProperty]
    public TicketInput Input { get; set; } = new();

    public IReadOnlyList<ChoiceDto> Clients { get; private set; } = [];

    public IReadOnlyList<DeskDto> Desks { get; private set; } = [];

    public IReadOnlyList<ChoiceDto> Staff { get; private set; } = [];

    public IReadOnlyList<ChoiceDto> Resources { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "cliente")] Guid? clientId, CancellationToken cancellationToken)
    {
        Input.ClientId = clientId;
        await LoadAsync(cancellationToken);
    }

    /// <summary>Reloads resources and priorities for the chosen client and desk; saves nothing.</summary>
    public async Task<IActionResult> OnPostChoicesAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var staff = await StaffDirectory.ListAsync(users);
        var responsible = staff.FirstOrDefault(s => s.Id == Input.ResponsibleUserId);
        var result = await lifecycle.CreateTicketAsync(
            new CreateTicketRequest(Input.Title ?? "", Input.Description ?? "", Input.ClientId ?? Guid.Empty, Input.DeskId ?? Guid.Empty,
                Input.PriorityId, responsible?.Id, responsible?.Name, Input.RequesterName ?? "", Input.RequesterEmail, Input.ResourceId),
            await ActorAsync(users),
            cancellationToken);
        if (!result.IsSuccess)
        {
            AddErrors(result);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Flash"] = $"Ticket #{result.Value} aberto.";
        return Redirect($"/tickets/{result.Value}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Clients = await choices.GetClientChoicesAsync(cancellationToken);
        Desks = await setup.GetDesksAsync(cancellationToken);
        Staff = await StaffDirectory.ListAsync(users);
        Resources = Input.ClientId is { } clientId ? await choices.GetResourceChoicesAsync(clientId, cancellationToken) : [];
    }
}
