using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Shared;

/// <summary>The pt-BR words and colour classes of SLA states (service-desk.md §6.6), for the ticket page and the list.</summary>
public static class SlaText
{
    public static string State(SlaClockState state) => state switch
    {
        SlaClockState.OnTime => "No prazo",
        SlaClockState.Expiring => "Expirando",
        SlaClockState.Late => "Atrasado",
        SlaClockState.Paused => "Pausado",
        SlaClockState.MetOnTime => "Cumprido no prazo",
        SlaClockState.MetLate => "Cumprido com atraso",
        _ => "Sem SLA",
    };

    /// <summary>Green on time, orange expiring, red late, grey paused or without SLA.</summary>
    public static string Css(SlaClockState state) => state switch
    {
        SlaClockState.OnTime or SlaClockState.MetOnTime => "sla sla-ok",
        SlaClockState.Expiring => "sla sla-warn",
        SlaClockState.Late or SlaClockState.MetLate => "sla sla-late",
        _ => "sla sla-off",
    };

    /// <summary>"restam 02:30 úteis" / "atrasado há 00:45 úteis" from business minutes left (negative: late).</summary>
    public static string TimeLeft(int minutes) =>
        minutes >= 0 ? $"restam {PtBr.Hhmm(minutes)} úteis" : $"atrasado há {PtBr.Hhmm(-minutes)} úteis";
}
