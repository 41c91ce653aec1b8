using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Shared;

/// <summary>
/// What the _TicketAnswers partial lists: a ticket's answers, their files linked under <paramref name="FilesPath"/>
/// (the staff or the portal download route, ending in "/"), with the delete button only where the page handles it.
/// </summary>
public sealed record TicketAnswersView(IReadOnlyList<TicketAnswerDto> Answers, string FilesPath, bool CanDelete);
