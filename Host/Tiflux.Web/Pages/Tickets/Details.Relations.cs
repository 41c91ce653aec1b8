using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>
/// The "dados" tab beyond the plain fields: requestor, followers (and Seguir / Deixar de seguir), parent and child
/// tickets, and Transferir mesa, which works in two steps without script (choose the desk, then its stage, status and
/// priority).
/// </summary>
public sealed partial class DetailsModel
{
    /// <summary>Required by the module when the priority changes (except on a transfer).</summary>
    [BindProperty]
    [StringLength(500, ErrorMessage = "O motivo deve ter no máximo 500 caracteres.")]
    public string? PriorityChangeReason { get; set; }

    [BindProperty]
    public TransferInput Transfer { get; set; } = new();

    /// <summary>The desk chosen in the first transfer step (query <c>mesa</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "mesa")]
    public Guid? TransferDeskId { get; set; }

    public IReadOnlyList<RequestorDto> Requestors { get; private set; } = [];

    /// <summary>Other desks that serve the ticket's client: where it may be transferred.</summary>
    public IReadOnlyList<DeskDto> TransferDesks { get; private set; } = [];

    public DeskDto? TransferDesk => TransferDesks.FirstOrDefault(d => d.Id == (Transfer.DeskId ?? TransferDeskId));

    public bool IsFollowing => CurrentUserEmail is { } email && Ticket.Followers.Contains(email, StringComparer.OrdinalIgnoreCase);

    public async Task<IActionResult> OnPostFollowAsync(CancellationToken cancellationToken) =>
        await ChangeFollowingAsync(follow: true, cancellationToken);

    public async Task<IActionResult> OnPostUnfollowAsync(CancellationToken cancellationToken) =>
        await ChangeFollowingAsync(follow: false, cancellationToken);

    public async Task<IActionResult> OnPostTransferAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var current = await tickets.GetTicketAsync(Number, cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        // Everything else stays as it is; the module checks that the new desk serves the client and owns the choices.
        var result = await lifecycle.UpdateTicketAsync(
            new UpdateTicketRequest(Number, current.Title, current.Description, Transfer.StageId ?? Guid.Empty, Transfer.StatusId ?? Guid.Empty,
                Transfer.PriorityId ?? Guid.Empty, current.ResponsibleUserId, current.ResponsibleName, current.RequesterName, current.RequesterEmail,
                current.ResourceId)
            {
                DeskId = Transfer.DeskId ?? Guid.Empty,
                RequestorId = current.RequestorId,
                RequesterTelephone = current.RequesterTelephone,
                RequesterExtension = current.RequesterExtension,
            },
            await ActorAsync(users),
            cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<TransferInput>(result, nameof(Transfer));
            return await RedisplayAsync("dados", cancellationToken);
        }

        TempData["Flash"] = $"Ticket transferido para a mesa {await DeskNameAsync(Transfer.DeskId, cancellationToken)}.";
        return Redirect($"/tickets/{Number}?aba=dados");
    }

    private async Task<string> DeskNameAsync(Guid? id, CancellationToken cancellationToken) =>
        (await setup.GetDesksAsync(cancellationToken)).FirstOrDefault(d => d.Id == id)?.Name ?? "escolhida";

    private async Task<IActionResult> ChangeFollowingAsync(bool follow, CancellationToken cancellationToken)
    {
        var me = await users.GetUserAsync(User);
        var current = await tickets.GetTicketAsync(Number, cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        var email = me?.Email ?? "";
        var others = current.Followers.Where(f => !string.Equals(f, email, StringComparison.OrdinalIgnoreCase));
        var followers = follow ? [.. others, email] : others.ToList();
        var result = await conversation.SetFollowersAsync(Number, followers, await ActorAsync(users), cancellationToken);
        return await AfterAsync(result, follow ? "Você está seguindo este ticket." : "Você deixou de seguir este ticket.", "dados", cancellationToken);
    }

    private async Task<bool> LoadRelationsAsync(CancellationToken cancellationToken)
    {
        var list = await requestors.ListRequestorsAsync(new RequestorListRequest(ClientId: Ticket.ClientId, Active: true, PageSize: 500), cancellationToken);
        Requestors = list.Items;
        TransferDesks = [.. (await setup.GetDesksAsync(cancellationToken))
            .Where(d => d.Id != Ticket.Desk.Id && (d.ClientIds.Count == 0 || d.ClientIds.Contains(Ticket.ClientId)))
            .OrderBy(d => d.Name, PtBr.Collator)];
        return true;
    }

    public static string OriginLabel(TicketOrigin origin) => origin switch
    {
        TicketOrigin.Api => "Aberto via API",
        TicketOrigin.ClientPortal => "Aberto pelo portal do cliente",
        TicketOrigin.Email => "Aberto por e-mail",
        _ => "Aberto via Web",
    };
}
