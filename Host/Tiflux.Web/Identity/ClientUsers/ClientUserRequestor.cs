using Tiflux.Api.Users;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Identity.ClientUsers;

/// <summary>
/// A client user who opens tickets is their requestor (service-desk.md §3, linked by e-mail within the client): the
/// requestor is created, or an existing one with that e-mail linked to the client, when the user is invited or linked.
/// </summary>
internal sealed class ClientUserRequestor(ITicketRequestors requestors)
{
    public async Task<Result> EnsureAsync(Guid clientId, ClientUserFields fields, UserActor actor, CancellationToken cancellationToken)
    {
        var found = await requestors.ListRequestorsAsync(new RequestorListRequest(ClientId: clientId, Email: fields.Email, PageSize: 50), cancellationToken);
        if (found.Items.Any(r => string.Equals(r.Email, fields.Email, StringComparison.OrdinalIgnoreCase)))
        {
            return Result.Success();
        }

        var request = new SaveRequestorRequest(
            null, clientId, fields.Name.Trim(), fields.Email, string.IsNullOrWhiteSpace(fields.Phone) ? null : fields.Phone.Trim(),
            string.IsNullOrWhiteSpace(fields.Extension) ? null : fields.Extension.Trim())
        {
            Country = fields.Country,
        };
        var by = new ActorDto(actor.UserId, actor.Name);
        var saved = await requestors.SaveRequestorAsync(request, by, cancellationToken);
        if (!saved.IsSuccess && request.Telephone is not null)
        {
            // A requestor's phone must be a real number (E.164); the user's is free text. The user is already saved,
            // so the requestor is kept without the phone rather than losing the link between the two.
            saved = await requestors.SaveRequestorAsync(request with { Telephone = null }, by, cancellationToken);
        }

        return saved.IsSuccess ? Result.Success() : Result.Failure(saved.Errors);
    }
}
