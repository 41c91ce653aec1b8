namespace Tiflux.Api.Users;

/// <summary>
/// What a client user may do in the Portal do Cliente (service-desk.md §3.4), stored per user. Staff permissions never
/// apply to client users; these flags are their whole access, always within their current client.
/// </summary>
[Flags]
public enum PortalPermissions
{
    None = 0,

    /// <summary>Every ticket of the client, not only those where the user is the requester or a follower.</summary>
    SeeAllClientTickets = 1,

    /// <summary>Open tickets in the desks that serve the client.</summary>
    OpenTickets = 2,

    /// <summary>Review and rate closed tickets of other requesters of the client (one's own always can be).</summary>
    ReviewClosedTickets = 4,

    /// <summary>Authorise or refuse tickets waiting for authorization (Tiflux's <c>authorization_flow</c> on the user).</summary>
    AuthorizeNewTickets = 8,

    /// <summary>Portal › Contratos.</summary>
    SeeContracts = 16,

    /// <summary>Portal › Relatórios: extrato de consumo, gráfico de consumo, executivo.</summary>
    SeeReports = 32,

    /// <summary>Portal › Recursos (the client's equipment).</summary>
    SeeResources = 64,

    /// <summary>Money (contract values, amounts in reports and on tickets).</summary>
    SeeValues = 128,
}

/// <summary>The labels and defaults of <see cref="PortalPermissions"/>, for every form that shows them.</summary>
public static class PortalPermissionCatalog
{
    /// <summary>What a new client user gets unless the inviter chooses otherwise (service-desk.md §3.4).</summary>
    public const PortalPermissions Defaults = PortalPermissions.OpenTickets;

    public static IReadOnlyList<(PortalPermissions Flag, string Label)> All { get; } =
    [
        (PortalPermissions.SeeAllClientTickets, "Ver todos os tickets do cliente"),
        (PortalPermissions.OpenTickets, "Abrir tickets"),
        (PortalPermissions.ReviewClosedTickets, "Revisar e avaliar tickets fechados de outros solicitantes"),
        (PortalPermissions.AuthorizeNewTickets, "Autorizar novos tickets"),
        (PortalPermissions.SeeContracts, "Ver contratos"),
        (PortalPermissions.SeeReports, "Ver relatórios"),
        (PortalPermissions.SeeResources, "Ver recursos"),
        (PortalPermissions.SeeValues, "Ver valores"),
    ];

    /// <summary>Drops bits no flag defines (a forged form or API value).</summary>
    public static PortalPermissions Known(PortalPermissions value) =>
        value & All.Aggregate(PortalPermissions.None, (all, p) => all | p.Flag);
}
