using Microsoft.AspNetCore.Mvc;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>The Histórico tab: the ticket's recorded changes, newest first, filtered by area.</summary>
public sealed partial class DetailsModel
{
    public const int HistoryPageSize = 50;

    public static readonly IReadOnlyList<(string Key, HistoryArea Area, string Label)> HistoryAreas =
    [
        ("ticket", HistoryArea.Ticket, "Ticket"),
        ("ciclo", HistoryArea.Lifecycle, "Ciclo de vida"),
        ("apontamentos", HistoryArea.Appointment, "Apontamentos"),
        ("comunicacao", HistoryArea.Communication, "Comunicação"),
        ("valorizacao", HistoryArea.Valuation, "Valorização"),
        ("faturamento", HistoryArea.Billing, "Faturamento"),
    ];

    /// <summary>The area filter's key (empty: every area).</summary>
    [BindProperty(SupportsGet = true, Name = "area")]
    public string? HistoryAreaKey { get; set; }

    public PagedList<TicketHistoryDto>? History { get; private set; }

    private async Task<bool> LoadHistoryAsync(CancellationToken cancellationToken)
    {
        var area = HistoryAreas.FirstOrDefault(a => a.Key == HistoryAreaKey);
        if (area.Key is null)
        {
            HistoryAreaKey = null;
        }

        var history = await conversation.ListHistoryAsync(
            new TicketHistoryRequest(Number, area.Key is null ? null : [area.Area], Page: Math.Max(PageNumber, 1), PageSize: HistoryPageSize),
            cancellationToken);
        History = history.IsSuccess ? history.Value : null;
        return history.IsSuccess;
    }

    public static string AreaLabel(HistoryArea area) => HistoryAreas.FirstOrDefault(a => a.Area == area).Label ?? area.ToString();

    /// <summary>"Sistema" for automatic rows (auto-review, jobs), which have no user.</summary>
    public static string WhoLabel(TicketHistoryDto row) => row.UserId is null ? "Sistema" : row.UserName;

    /// <summary>A history URL keeping the filter, for the pager.</summary>
    public string HistoryUrl(int page) =>
        $"/tickets/{Number}?aba=historico{(HistoryAreaKey is null ? "" : "&area=" + Uri.EscapeDataString(HistoryAreaKey))}&pagina={page}";
}
