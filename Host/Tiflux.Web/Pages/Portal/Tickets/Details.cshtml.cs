using Microsoft.AspNetCore.Mvc;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal.Tickets;

/// <summary>
/// A ticket as its client sees it: header, description, public answers and files, the answer form, follow/unfollow,
/// time spent (values only with "ver valores") and, when the user may review it, the review block. Internal notes,
/// their files and the history never appear. A ticket the user does not see answers 404.
/// </summary>
[RequestSizeLimit(FileUploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = FileUploads.RequestLimit)]
public sealed class DetailsModel(PortalTicketAccess access, ITicketConversation conversation) : PortalPageModel
{
    /// <summary>One page of answers holds every answer but on very long conversations, as on the staff page.</summary>
    public const int ConversationPageSize = 100;

    public const int FilesPageSize = 100;

    [FromRoute]
    public int Number { get; set; }

    [BindProperty]
    public AnswerInput Answer { get; set; } = new();

    public TicketDto Ticket { get; private set; } = null!;

    public IReadOnlyList<TicketAnswerDto> Answers { get; private set; } = [];

    /// <summary>The ticket's own files (the answers' are listed with each answer).</summary>
    public IReadOnlyList<TicketFileDto> TicketFiles { get; private set; } = [];

    public bool CanReview => PortalTicketAccess.CanReview(Me, Ticket);

    public bool IsRequester => string.Equals(Ticket.RequesterEmail, Me.Email, StringComparison.OrdinalIgnoreCase);

    public bool IsFollower => PortalTicketAccess.IsFollower(Me, Ticket.Followers);

    public int MinutesSpent => Ticket.Entries.Sum(e => e.Minutes);

    /// <summary>What the ticket's time, travel and extras are valued at (shown only with "ver valores").</summary>
    public decimal ValueSpent =>
        Ticket.Entries.Sum(e => (e.Value ?? 0m) + (e.TravelValue ?? 0m)) + Ticket.Extras.Sum(x => x.Total);

    public string FilesPath => $"/portal/tickets/{Number}/arquivos/";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAnswerAsync(CancellationToken cancellationToken)
    {
        if (await access.FindVisibleAsync(Me, Number, cancellationToken) is null)
        {
            return NotFound();
        }

        var request = new PostAnswerRequest(Number, Answer.Html ?? "", AnswerOrigin.ClientPortal, await FileUploads.ReadAsync(Answer.Files, cancellationToken));
        var result = await conversation.PostAnswerAsync(request, Actor, cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.Clear();
            ModelState.AddResultErrors<AnswerInput>(result, nameof(Answer));
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        TempData["Flash"] = "Resposta enviada.";
        return Redirect($"/portal/tickets/{Number}#resposta-{result.Value.Answer.Id}");
    }

    /// <summary>Follows (receives the ticket's e-mails) or stops following it; the requester always receives them.</summary>
    public async Task<IActionResult> OnPostFollowAsync(bool follow, CancellationToken cancellationToken)
    {
        var me = Me;
        if (await access.FindVisibleAsync(me, Number, cancellationToken) is not { } ticket)
        {
            return NotFound();
        }

        var others = ticket.Followers.Where(f => !string.Equals(f, me.Email, StringComparison.OrdinalIgnoreCase));
        var result = await conversation.SetFollowersAsync(Number, [.. follow ? others.Append(me.Email) : others], Actor, cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<AnswerInput>(result, nameof(Answer));
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        TempData["Flash"] = follow ? "Você passou a seguir este ticket." : "Você deixou de seguir este ticket.";
        // Unfollowing may be what made the ticket visible to the user: then back to the list.
        return await access.FindVisibleAsync(me, Number, cancellationToken) is null
            ? Redirect("/portal/tickets")
            : Redirect($"/portal/tickets/{Number}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await access.FindVisibleAsync(Me, Number, cancellationToken) is not { } ticket)
        {
            return false;
        }

        Ticket = ticket;
        var answers = await conversation.ListAnswersAsync(Number, 1, ConversationPageSize, cancellationToken);
        Answers = answers.IsSuccess ? answers.Value.Items : [];
        var files = await conversation.ListFilesAsync(Number, publicOnly: true, 1, FilesPageSize, cancellationToken);
        TicketFiles = files.IsSuccess ? [.. files.Value.Items.Where(f => f.Owner == TicketFileOwner.Ticket)] : [];
        return true;
    }

    public string StatusName => Ticket.Desk.Statuses.FirstOrDefault(s => s.Id == Ticket.StatusId)?.Name ?? "—";

    public string StageName => Ticket.Desk.Stages.FirstOrDefault(s => s.Id == Ticket.StageId)?.Name ?? "—";

    public string PriorityName => Ticket.Desk.Priorities.FirstOrDefault(s => s.Id == Ticket.PriorityId)?.Name ?? "—";
}
