using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Clients;

/// <summary>PUT /clients/{id} (api-v2.md §3.2): partial update; the fields given replace the client's. Admin and Finance.</summary>
internal static class ClientUpdateEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/clients/{id}", UpdateAsync).Produces<ClientDetail>().WithTags("Clients").WithSummary("Update a client (partial)")
            .Body<ClientBody>()
            .Requires(Permissions.ClientsManage);

    private static async Task<IResult> UpdateAsync(string id, HttpContext http, IClientsAdministration clients, ITicketSetup tickets, IClientUserAdministration clientUsers, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var clientId = await ClientShape.ResolveAsync(id, caller, ids, cancellationToken);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var name = body.String("name", required: body.Has("name"), maxLength: 200);
        var social = body.String("social", required: body.Has("social"), maxLength: 200);
        var input = ClientInput.ReadOptional(body);
        var desks = await ClientInput.DesksToLinkAsync(body, tickets, ids, cancellationToken);
        var authorizationFlow = body.Bool("authorization_flow");
        body.ThrowIfErrors();

        // First: refused without an authoriser, and then nothing else of the body is applied.
        if (authorizationFlow is { } flow)
        {
            (await clientUsers.SetAuthorizationFlowAsync(clientId, flow, new UserActor(caller.UserId, caller.Email), cancellationToken))
                .ThrowIfFailed(ClientInput.ClientFields);
        }

        var current = await clients.GetClientDetailsAsync(clientId, cancellationToken) ?? throw ClientShape.NotFound(id);
        var c = current.Client;
        var request = new SaveClientRequest(
            name ?? c.Name,
            social ?? c.LegalName,
            body.Has("social_revenue") ? input.Document ?? "" : c.TaxId,
            input.Emails ?? c.FinanceEmails,
            input.Layout ?? c.ReportLayout,
            body.Has("anotations") ? input.Notes ?? "" : current.Notes);
        ClientInput.Documented(await clients.UpdateClientAsync(clientId, request, cancellationToken)).ThrowIfFailed(ClientInput.ClientFields);
        if (input.Active is { } active && active != c.Active)
        {
            (await clients.SetClientActiveAsync(clientId, active, cancellationToken)).ThrowIfFailed(ClientInput.ClientFields);
        }

        await ClientInput.LinkDesksAsync(clientId, desks, tickets, cancellationToken);
        var details = await clients.GetClientDetailsAsync(clientId, cancellationToken) ?? throw ClientShape.NotFound(id);
        return ApiResults.Ok(await ClientShape.DetailAsync(details, int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), tickets, clientUsers, ids, cancellationToken));
    }
}
