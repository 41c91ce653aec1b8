using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>
/// Novo ticket: the requester is a registered requestor of the client (picker), or typed in — and then, on request,
/// registered as a requestor of the client in the same POST, before the ticket is opened; plus followers, a parent
/// ticket and files.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class NewModel(
    ITicketLifecycle lifecycle, ITicketChoices choices, ITicketSetup setup, ITicketRequestors requestors, UserManager<TifluxUser> users,
    ITicketCatalog catalog)
    : TicketsPageModel
{
    /// <summary>Room for the most files a request may carry (10 of at most 5 MB) and the form itself.</summary>
    public const int MaxRequestBytes = 56 * 1024 * 1024;

    /// <summary>How many requestors of the client the picker offers (active ones, by name; the most a page holds).</summary>
    public const int RequestorChoices = PagedList.MaxSize;

    private static readonly Dictionary<string, string> RequestorFields = new()
    {
        ["Name"] = nameof(TicketInput.RequesterName),
        ["Email"] = nameof(TicketInput.RequesterEmail),
        ["Telephone"] = nameof(TicketInput.RequesterTelephone),
        ["Extension"] = nameof(TicketInput.RequesterExtension),
        ["ClientId"] = nameof(TicketInput.ClientId),
    };

    [BindProperty]
    public TicketInput Input { get; set; } = new();

    [BindProperty(Name = "arquivos")]
    public IReadOnlyList<IFormFile> Files { get; set; } = [];

    public IReadOnlyList<ChoiceDto> Clients { get; private set; } = [];

    public IReadOnlyList<DeskDto> Desks { get; private set; } = [];

    public IReadOnlyList<ChoiceDto> Staff { get; private set; } = [];

    public IReadOnlyList<ChoiceDto> Resources { get; private set; } = [];

    public IReadOnlyList<RequestorDto> Requestors { get; private set; } = [];

    /// <summary>The chosen desk's catalog items; null without a chosen desk.</summary>
    public CatalogItemSelect? CatalogItems { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "cliente")] Guid? clientId, CancellationToken cancellationToken)
    {
        Input.ClientId = clientId;
        await LoadAsync(cancellationToken);
    }

    /// <summary>Reloads resources, requestors and priorities for the chosen client and desk; saves nothing.</summary>
    public async Task<IActionResult> OnPostChoicesAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.RequestorId is not null)
        {
            // The registered requestor's name and e-mail are the ticket's; what was typed is ignored.
            ModelState.Remove($"{nameof(Input)}.{nameof(TicketInput.RequesterName)}");
            ModelState.Remove($"{nameof(Input)}.{nameof(TicketInput.RequesterEmail)}");
        }

        CheckBeforeRegistering();
        if (!ModelState.IsValid)
        {
            return await PageAsync(cancellationToken);
        }

        var actor = await ActorAsync(users);
        if (Input.RequestorId is null && Input.RegisterRequestor && !await RegisterRequestorAsync(actor, cancellationToken))
        {
            return await PageAsync(cancellationToken);
        }

        var uploads = new List<AttachmentUploadDto>();
        foreach (var file in Files)
        {
            uploads.Add(new AttachmentUploadDto(file.FileName, file.ContentType, await file.ReadBytesAsync(cancellationToken)));
        }

        var staff = await StaffDirectory.ListAsync(users);
        var responsible = staff.FirstOrDefault(s => s.Id == Input.ResponsibleUserId);
        var result = await lifecycle.CreateTicketAsync(
            new CreateTicketRequest(Input.Title ?? "", Input.Description ?? "", Input.ClientId ?? Guid.Empty, Input.DeskId ?? Guid.Empty,
                Input.PriorityId, responsible?.Id, responsible?.Name, Input.RequesterName ?? "", Input.RequesterEmail, Input.ResourceId)
            {
                RequestorId = Input.RequestorId,
                RequesterTelephone = Input.RequestorId is null ? Input.RequesterTelephone : null,
                RequesterExtension = Input.RequestorId is null ? Input.RequesterExtension : null,
                Followers = Input.FollowerList(),
                ParentNumber = Input.ParentNumber,
                Files = uploads,
                ServicesCatalogItemId = Input.ServicesCatalogItemId,
            },
            actor,
            cancellationToken);
        if (!result.IsSuccess)
        {
            AddErrors(result);
            if (Input.RegisterRequestor)
            {
                ModelState.AddModelError("", "O solicitante foi cadastrado no cliente e já está escolhido abaixo, mas o ticket não foi aberto: corrija o que está indicado e envie de novo.");
                // The form shows the posted values unless they leave ModelState: show the requestor now picked instead.
                ModelState.Remove($"{nameof(Input)}.{nameof(TicketInput.RegisterRequestor)}");
                ModelState.Remove($"{nameof(Input)}.{nameof(TicketInput.RequestorId)}");
                Input.RegisterRequestor = false;
            }

            return await PageAsync(cancellationToken);
        }

        TempData["Flash"] = $"Ticket #{result.Value} aberto.";
        return Redirect($"/tickets/{result.Value}");
    }

    /// <summary>
    /// What can be told before anything is saved, so that a requestor is not registered for a ticket that is then
    /// refused: the fields every ticket needs, the requestor's e-mail, the followers' and files' count. The module
    /// still decides everything (these are the same rules).
    /// </summary>
    private void CheckBeforeRegistering()
    {
        if (Input.RequestorId is not null || !Input.RegisterRequestor)
        {
            return;
        }

        if (Input.ClientId is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(TicketInput.ClientId)}", "Escolha o cliente do solicitante.");
        }

        if (Input.DeskId is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(TicketInput.DeskId)}", "Escolha a mesa de serviço.");
        }

        if (string.IsNullOrWhiteSpace(Input.RequesterEmail))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(TicketInput.RequesterEmail)}", "Informe o e-mail para cadastrar o solicitante.");
        }

        foreach (var follower in Input.FollowerList().Where(f => !EmailAddresses.IsValid(f)))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(TicketInput.Followers)}", $"E-mail de seguidor inválido: {follower}");
        }

        if (Files.Count > TicketLimits.FilesPerRequest)
        {
            ModelState.AddModelError($"{nameof(Input)}.Files", $"Envie no máximo {TicketLimits.FilesPerRequest} arquivos por vez.");
        }
    }

    /// <summary>Saves the typed requester as a requestor of the client and picks it; false (errors on the form) when refused.</summary>
    private async Task<bool> RegisterRequestorAsync(ActorDto actor, CancellationToken cancellationToken)
    {
        var saved = await requestors.SaveRequestorAsync(
            new SaveRequestorRequest(null, Input.ClientId ?? Guid.Empty, Input.RequesterName?.Trim() ?? "", Input.RequesterEmail?.Trim() ?? "",
                string.IsNullOrWhiteSpace(Input.RequesterTelephone) ? null : Input.RequesterTelephone.Trim(),
                string.IsNullOrWhiteSpace(Input.RequesterExtension) ? null : Input.RequesterExtension.Trim()),
            actor,
            cancellationToken);
        if (!saved.IsSuccess)
        {
            ModelState.AddResultErrors<TicketInput>(saved, nameof(Input), RequestorFields);
            return false;
        }

        Input.RequestorId = saved.Value;
        return true;
    }

    private async Task<PageResult> PageAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Clients = await choices.GetClientChoicesAsync(cancellationToken);
        Desks = await setup.GetDesksAsync(cancellationToken);
        Staff = await StaffDirectory.ListAsync(users);
        Resources = Input.ClientId is { } clientId ? await choices.GetResourceChoicesAsync(clientId, cancellationToken) : [];
        Requestors = Input.ClientId is { } client
            ? (await requestors.ListRequestorsAsync(new RequestorListRequest(ClientId: client, Active: true, PageSize: RequestorChoices), cancellationToken)).Items
            : [];
        CatalogItems = Input.DeskId is { } desk ? await CatalogItemsAsync(desk, cancellationToken) : null;
    }

    private async Task<CatalogItemSelect> CatalogItemsAsync(Guid deskId, CancellationToken cancellationToken)
    {
        var required = (await catalog.GetDeskSettingsAsync(deskId, cancellationToken))?.RequireCatalogItemToOpen == true;
        return new CatalogItemSelect(
            $"{nameof(Input)}.{nameof(TicketInput.ServicesCatalogItemId)}",
            required ? "Item do catálogo de serviços (obrigatório nesta mesa)" : "Item do catálogo de serviços",
            required ? "Escolha…" : "Nenhum",
            await CatalogItemChoices.OfDeskAsync(catalog, deskId, cancellationToken),
            Input.ServicesCatalogItemId);
    }
}
