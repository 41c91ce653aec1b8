using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Portal;

/// <summary>A client user as the Tickets module records them: never able to set values (money is staff work).</summary>
public static class PortalActor
{
    public static ActorDto Of(PortalUser user) => new(user.UserId, string.IsNullOrWhiteSpace(user.Name) ? user.Email : user.Name, MayHandleMoney: false);
}
