using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Shared;

/// <summary>The pt-BR words of ticket states, answer origins and file sizes, for the staff ticket pages and the portal.</summary>
public static class TicketsText
{
    public static string State(TicketState state) => state switch
    {
        TicketState.Open => "Aberto",
        TicketState.AwaitingReview => "Aguardando revisão",
        TicketState.Reviewed => "Revisado",
        _ => "Cancelado",
    };

    public static string Origin(AnswerOrigin origin) => origin switch
    {
        AnswerOrigin.TifluxWeb => "Tiflux Web",
        AnswerOrigin.Api => "API",
        AnswerOrigin.ClientPortal => "Portal do cliente",
        _ => "E-mail",
    };

    /// <summary>Size in KB or MB, pt-BR.</summary>
    public static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024m * 1024m)).ToString("0.0", PtBr.Culture) + " MB"
            : Math.Max(1, (bytes + 1023) / 1024).ToString(PtBr.Culture) + " KB";
}
