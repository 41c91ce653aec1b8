using Microsoft.AspNetCore.Mvc;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal.Tickets;

/// <summary>
/// Portal › Tickets: the tickets the user sees (<see cref="PortalTicketAccess"/>), filtered by situation and text, and
/// above them the user's tickets still waiting for the client's authorization (out of the desks' queues).
/// </summary>
public sealed class IndexModel(ITicketQueries tickets) : PortalPageModel
{
    public const int PageSize = 25;

    public static readonly IReadOnlyList<(string Key, string Label)> Situations =
        [("todos", "Todos"), ("abertos", "Abertos"), ("fechados", "Fechados"), ("cancelados", "Cancelados")];

    [BindProperty(SupportsGet = true, Name = "situacao")]
    public string? Situation { get; set; }

    [BindProperty(SupportsGet = true, Name = "busca")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public PagedList<TicketSummary> List { get; private set; } = new([], 1, PageSize, 0);

    public IReadOnlyList<TicketSummary> AwaitingAuthorization { get; private set; } = [];

    public ListPager Pager => ListPager.For(List, "/portal/tickets", [new("situacao", Situation), new("busca", Text)]);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Situations.Any(s => s.Key == Situation))
        {
            Situation = "todos";
        }

        var text = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim();
        var filters = new TicketListRequest(Text: text, Page: Math.Max(PageNumber, 1), PageSize: PageSize) { States = States(Situation) };
        List = await tickets.ListTicketsAsync(PortalTicketAccess.For(Me, filters), cancellationToken);
        if (List.Page == 1)
        {
            AwaitingAuthorization = (await tickets.ListTicketsAsync(
                PortalTicketAccess.For(Me, new TicketListRequest(Text: text, PageSize: PageSize) { Authorization = TicketAuthorization.Pending }),
                cancellationToken)).Items;
        }
    }

    private static TicketState[]? States(string? situation) => situation switch
    {
        "abertos" => [TicketState.Open],
        "fechados" => [TicketState.AwaitingReview, TicketState.Reviewed],
        "cancelados" => [TicketState.Cancelled],
        _ => null,
    };
}
