using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Clients;

/// <summary>POST /clients (api-v2.md §3.2): a client, optionally linked to desks. Admin and Finance.</summary>
internal static class ClientCreateEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/clients", CreateAsync).Produces<ClientDetail>(201).WithTags("Clients").WithSummary("Create a client")
            .Body<ClientBody>()
            .Requires(Permissions.ClientsManage);

    private static async Task<IResult> CreateAsync(HttpContext http, IClientsAdministration clients, ITicketSetup tickets, IClientUserAdministration clientUsers, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Caller();
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var name = body.String("name", required: true, maxLength: 200);
        var social = body.String("social", required: true, maxLength: 200);
        var input = ClientInput.ReadOptional(body);
        var desks = await ClientInput.DesksToLinkAsync(body, tickets, ids, cancellationToken);
        if (body.Bool("authorization_flow") == true)
        {
            // A new client has no portal users yet, so no authoriser: the switch is turned on with PUT once it has one.
            body.Fail("authorization_flow", "requires an active client user with authorization_flow (create one with POST /clients/{id}/users first)");
        }

        body.ThrowIfErrors();

        var request = new SaveClientRequest(name!, social!, input.Document ?? "", input.Emails ?? [], input.Layout ?? ClosingReportLayout.Detailed, input.Notes ?? "");
        var created = await clients.CreateClientAsync(request, cancellationToken);
        ClientInput.Documented(created).ThrowIfFailed(ClientInput.ClientFields);
        if (input.Active == false)
        {
            (await clients.SetClientActiveAsync(created.Value, false, cancellationToken)).ThrowIfFailed(ClientInput.ClientFields);
        }

        await ClientInput.LinkDesksAsync(created.Value, desks, tickets, cancellationToken);
        var details = await clients.GetClientDetailsAsync(created.Value, cancellationToken) ?? throw ClientShape.NotFound(created.Value.ToString());
        var publicId = await ids.AssignAsync(PublicIdKind.Client, created.Value, cancellationToken);
        return ApiResults.Created(await ClientShape.DetailAsync(details, publicId, tickets, clientUsers, ids, cancellationToken));
    }
}
