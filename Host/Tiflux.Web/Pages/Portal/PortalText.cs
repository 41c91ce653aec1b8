using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Portal;

/// <summary>The portal's pt-BR words for ticket states the staff pages word differently or not at all.</summary>
public static class PortalText
{
    public static string Authorization(TicketAuthorization authorization) => authorization switch
    {
        TicketAuthorization.Pending => "Aguardando autorização",
        TicketAuthorization.Authorized => "Autorizado",
        TicketAuthorization.Denied => "Recusado",
        _ => "Não requer",
    };

    /// <summary>The state as the client reads it: a ticket waiting for authorization is not open yet.</summary>
    public static string State(TicketState state, TicketAuthorization authorization) =>
        authorization == TicketAuthorization.Pending ? Authorization(authorization) : Tiflux.Web.Pages.Shared.TicketsText.State(state);
}
