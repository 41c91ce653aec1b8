using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>
/// The ticket page. Its tabs and their handlers are split by subject: this file (data, lifecycle, time and extras),
/// <c>Details.Conversation.cs</c>, <c>Details.Files.cs</c>, <c>Details.History.cs</c>, <c>Details.Relations.cs</c> and
/// <c>Details.Checklists.cs</c>.
/// </summary>
[RequestSizeLimit(FileUploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = FileUploads.RequestLimit)]
public sealed partial class DetailsModel(
    ITicketQueries tickets, ITicketLifecycle lifecycle, ITicketWork work, ITicketChoices choices, UserManager<TifluxUser> users, IGroupAdministration groups,
    ITicketConversation conversation, ITicketRequestors requestors, ITicketSetup setup, ITicketCatalog catalog, ITicketChecklists checklists)
    : TicketsPageModel
{
    public static readonly IReadOnlyList<(string Key, string Label)> Tabs =
        [("dados", "Dados"), ("comunicacao", "Comunicação"), ("arquivos", "Arquivos"), ("apontamentos", "Apontamentos"),
            ("valorizacao", "Valorização"), ("historico", "Histórico"), ("checklists", "Checklists")];

    [FromRoute]
    public int Number { get; set; }

    // Nullable: a non-nullable string is implicitly required, so a POST without "aba" (the data form) failed validation
    // and was redisplayed without a message. LoadAsync turns null or unknown into "dados".
    [BindProperty(SupportsGet = true, Name = "aba")]
    public string? Tab { get; set; } = "dados";

    [BindProperty]
    public TicketInput Input { get; set; } = new();

    [BindProperty]
    public ReviewInput Review { get; set; } = new();

    [BindProperty]
    public string? ReopenReason { get; set; }

    public TicketDto Ticket { get; private set; } = null!;

    public IReadOnlyList<ChoiceDto> Staff { get; private set; } = [];

    public IReadOnlyList<ChoiceDto> Resources { get; private set; } = [];

    public Guid CurrentUserId { get; private set; }

    public string? CurrentUserEmail { get; private set; }

    public string? CurrentUserSignature { get; private set; }

    /// <summary>Whether the user may see and write internal notes and their files.</summary>
    public bool CanSeeInternal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new TicketInput
        {
            Title = Ticket.Title,
            Description = Ticket.Description,
            StageId = Ticket.StageId,
            StatusId = Ticket.StatusId,
            PriorityId = Ticket.PriorityId,
            ResponsibleUserId = Ticket.ResponsibleUserId,
            RequesterName = Ticket.RequesterName,
            RequesterEmail = Ticket.RequesterEmail,
            ResourceId = Ticket.ResourceId,
            RequestorId = Ticket.RequestorId,
            RequesterTelephone = Ticket.RequesterTelephone,
            RequesterExtension = Ticket.RequesterExtension,
            Followers = string.Join(", ", Ticket.Followers),
            ParentNumber = Ticket.Parent?.Number,
            ServicesCatalogItemId = Ticket.ServicesCatalogItem?.Id,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync("dados", cancellationToken);
        }

        var current = await tickets.GetTicketAsync(Number, cancellationToken);
        var candidates = current is null ? [] : await StaffDirectory.ServingAsync(users, groups, current.Desk, cancellationToken);
        var responsible = StaffWithResponsible(candidates, current).FirstOrDefault(s => s.Id == Input.ResponsibleUserId);
        var result = await lifecycle.UpdateTicketAsync(
            new UpdateTicketRequest(Number, Input.Title ?? "", Input.Description ?? "", Input.StageId ?? Guid.Empty,
                Input.StatusId ?? Guid.Empty, Input.PriorityId ?? Guid.Empty, responsible?.Id, responsible?.Name,
                Input.RequesterName ?? "", Input.RequesterEmail, Input.ResourceId)
            {
                RequestorId = Input.RequestorId,
                RequesterTelephone = Input.RequesterTelephone,
                RequesterExtension = Input.RequesterExtension,
                Followers = Input.FollowerList(),
                ChangeParent = current is not null && current.Parent?.Number != Input.ParentNumber,
                ParentNumber = Input.ParentNumber,
                PriorityChangeReason = string.IsNullOrWhiteSpace(PriorityChangeReason) ? null : PriorityChangeReason.Trim(),
                ChangeServicesCatalogItem = current is not null && current.ServicesCatalogItem?.Id != Input.ServicesCatalogItemId,
                ServicesCatalogItemId = Input.ServicesCatalogItemId,
            },
            await ActorAsync(users),
            cancellationToken);
        if (!result.IsSuccess)
        {
            // Keep what was typed; each error goes next to its field, or to the summary.
            AddDataErrors(result);
            return await RedisplayAsync("dados", cancellationToken);
        }

        TempData["Flash"] = "Dados do ticket salvos.";
        return Redirect($"/tickets/{Number}?aba=dados");
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await lifecycle.CloseTicketAsync(Number, await ActorAsync(users), cancellationToken), "Ticket fechado.", Tab ?? "dados", cancellationToken);

    public async Task<IActionResult> OnPostReopenAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await lifecycle.ReopenTicketAsync(Number, ReopenReason, await ActorAsync(users), cancellationToken), "Ticket reaberto.", Tab ?? "dados", cancellationToken);

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await lifecycle.CancelTicketAsync(Number, await ActorAsync(users), cancellationToken), "Ticket cancelado.", Tab ?? "dados", cancellationToken);

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        if (!CanReview)
        {
            return Forbid();
        }

        ModelState.Clear();
        var result = await lifecycle.ReviewTicketAsync(
            new ReviewTicketRequest(Number, Review.Approve, ReviewerRole.PermissionedUser, Review.Rating, Review.Comment),
            await ActorAsync(users),
            cancellationToken);
        if (!result.IsSuccess)
        {
            AddErrors(result, nameof(Review));
            return await RedisplayAsync("dados", cancellationToken);
        }

        TempData["Flash"] = Review.Approve ? "Revisão aprovada." : "Revisão reprovada; ticket reaberto.";
        return Redirect($"/tickets/{Number}");
    }

    public async Task<IActionResult> OnPostStartTimerAsync(CancellationToken cancellationToken)
    {
        var result = await work.StartTimerAsync(Number, await ActorAsync(users), cancellationToken);
        return await AfterAsync(result, "Cronômetro iniciado.", "apontamentos", cancellationToken);
    }

    public async Task<IActionResult> OnPostDiscardTimerAsync(Guid timerId, CancellationToken cancellationToken) =>
        await AfterAsync(await work.DiscardTimerAsync(Number, timerId, await ActorAsync(users), cancellationToken), "Cronômetro descartado.", "apontamentos", cancellationToken);

    public async Task<IActionResult> OnPostDeleteEntryAsync(Guid entryId, CancellationToken cancellationToken) =>
        await AfterAsync(await work.DeleteTimeEntryAsync(Number, entryId, await ActorAsync(users), cancellationToken), "Apontamento excluído.", "apontamentos", cancellationToken);

    public async Task<IActionResult> OnPostDeleteExtraAsync(Guid extraId, CancellationToken cancellationToken) =>
        await AfterAsync(await work.DeleteExtraAsync(Number, extraId, await ActorAsync(users), cancellationToken), "Valorização extra excluída.", "valorizacao", cancellationToken);

    private async Task<IActionResult> AfterAsync(Result result, string flash, string tab, CancellationToken cancellationToken)
    {
        if (!result.IsSuccess)
        {
            ModelState.Clear();
            AddDataErrors(result);
            return await RedisplayAsync(tab, cancellationToken);
        }

        TempData["Flash"] = flash;
        return Redirect($"/tickets/{Number}?aba={Uri.EscapeDataString(tab)}");
    }

    private async Task<IActionResult> RedisplayAsync(string tab, CancellationToken cancellationToken)
    {
        Tab = tab;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Input.Title is null)
        {
            Input = new TicketInput
            {
                Title = Ticket.Title, Description = Ticket.Description, StageId = Ticket.StageId, StatusId = Ticket.StatusId,
                PriorityId = Ticket.PriorityId, ResponsibleUserId = Ticket.ResponsibleUserId, RequesterName = Ticket.RequesterName,
                RequesterEmail = Ticket.RequesterEmail, ResourceId = Ticket.ResourceId, RequestorId = Ticket.RequestorId,
                RequesterTelephone = Ticket.RequesterTelephone, RequesterExtension = Ticket.RequesterExtension,
                Followers = string.Join(", ", Ticket.Followers), ParentNumber = Ticket.Parent?.Number,
                ServicesCatalogItemId = Ticket.ServicesCatalogItem?.Id,
            };
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        LoadPermissions();
        var ticket = await tickets.GetTicketAsync(Number, cancellationToken);
        if (ticket is null)
        {
            return false;
        }

        Ticket = ticket;
        if (!Tabs.Any(t => t.Key == Tab))
        {
            Tab = "dados";
        }

        Staff = StaffWithResponsible(await StaffDirectory.ServingAsync(users, groups, ticket.Desk, cancellationToken), ticket);
        Resources = await choices.GetResourceChoicesAsync(ticket.ClientId, cancellationToken);
        var me = await users.GetUserAsync(User);
        CurrentUserId = me?.Id ?? (await ActorAsync(users)).UserId;
        CurrentUserEmail = me?.Email;
        CurrentUserSignature = me?.Signature;
        CanSeeInternal = User.Has(Permissions.TicketsInternalCommunication);
        return Tab switch
        {
            "comunicacao" => await LoadConversationAsync(cancellationToken),
            "arquivos" => await LoadFilesAsync(cancellationToken),
            "historico" => await LoadHistoryAsync(cancellationToken),
            "checklists" => await LoadChecklistsAsync(cancellationToken),
            "dados" => await LoadRelationsAsync(cancellationToken) && await LoadCatalogItemsAsync(cancellationToken),
            _ => true,
        };
    }

    /// <summary>
    /// Puts each error next to its field of the data form (<see cref="TicketInput"/> or the priority-change reason), and
    /// in the summary otherwise (a field the page does not show would hide the message).
    /// </summary>
    private void AddDataErrors(Result result)
    {
        foreach (var error in result.Errors.Where(e => e.Field == nameof(PriorityChangeReason)))
        {
            ModelState.AddModelError(nameof(PriorityChangeReason), error.Message);
        }

        ModelState.AddResultErrors<TicketInput>(Result.Failure([.. result.Errors.Where(e => e.Field != nameof(PriorityChangeReason))]), nameof(Input));
    }

    /// <summary>
    /// The staff list plus the ticket's current responsible when they are not in it (e.g. a deactivated user), so the
    /// form shows who it is and saving it unchanged keeps them instead of unassigning the ticket.
    /// </summary>
    private static IReadOnlyList<ChoiceDto> StaffWithResponsible(IReadOnlyList<ChoiceDto> staff, TicketDto? ticket) =>
        ticket?.ResponsibleUserId is { } id && staff.All(s => s.Id != id)
            ? [new ChoiceDto(id, ticket.ResponsibleName ?? "?"), .. staff]
            : staff;

    public string StatusName(Guid id) => Ticket.Desk.Statuses.FirstOrDefault(s => s.Id == id)?.Name ?? "—";

    public string StageName(Guid id) => Ticket.Desk.Stages.FirstOrDefault(s => s.Id == id)?.Name ?? "—";

    public string PriorityName(Guid id) => Ticket.Desk.Priorities.FirstOrDefault(s => s.Id == id)?.Name ?? "—";
}
