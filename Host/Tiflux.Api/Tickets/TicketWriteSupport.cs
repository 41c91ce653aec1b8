using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Users;

namespace Tiflux.Api.Tickets;

/// <summary>What opening and updating a ticket share: the module's field names in the API, and the responsible user.</summary>
internal static class TicketWriteSupport
{
    public static readonly Dictionary<string, string> TicketFields = new()
    {
        ["Title"] = "title",
        ["Description"] = "description",
        ["ClientId"] = "client_id",
        ["DeskId"] = "desk_id",
        ["PriorityId"] = "priority_id",
        ["StageId"] = "stage_id",
        ["StatusId"] = "status_id",
        ["RequesterName"] = "requestor_name",
        ["RequesterEmail"] = "requestor_email",
        ["ResourceId"] = "equipment_id",
        ["RequestorId"] = "requestor_id",
        ["RequesterTelephone"] = "requestor_telephone",
        ["RequesterExtension"] = "requestor_ramal",
        ["Followers"] = "followers",
        ["ParentNumber"] = "ticket_reference_number",
        ["PriorityChangeReason"] = "priority_change_reason",
        ["Files"] = "files",
        ["Attachment"] = "files",
        ["ServicesCatalogItemId"] = "services_catalogs_item_id",
    };

    public static async Task<(Guid Id, string Name)?> ResponsibleAsync(int number, PublicIds ids, IUserDirectory users, BodyReader body, CancellationToken cancellationToken)
    {
        var userId = await ids.ResolveAsync(PublicIdKind.User, number, cancellationToken);
        var user = userId is null ? null : await users.FindAsync(userId.Value);
        if (user is null || user.Type == UserTypes.Client || !user.Active)
        {
            body.Fail("responsible_id", "responsible not found");
            return null;
        }

        return (user.Id, user.DisplayName);
    }
}
