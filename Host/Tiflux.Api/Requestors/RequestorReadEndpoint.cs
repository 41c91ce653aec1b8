using Tiflux.Api.Clients;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Requestors;

/// <summary>GET /clients/{client_id}/requestors/{id} (service-desk.md §9.4): always with <c>entities</c>.</summary>
internal static class RequestorReadEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/clients/{client_id}/requestors/{id}", GetAsync).Produces<RequestorView>().WithTags("Requestors").WithSummary("A requestor of a client")
            .Query("include_entity_fields", "boolean")
            .Requires(Permissions.ClientsView);

    private static async Task<IResult> GetAsync(string client_id, string id, HttpContext http, ITicketRequestors requestors, PublicIds ids, CancellationToken cancellationToken)
    {
        var query = new QueryReader(http.Request.Query);
        query.Bool("include_entity_fields");
        query.ThrowIfErrors();
        var clientId = await ClientShape.ResolveAsync(client_id, http.Staff(), ids, cancellationToken);
        var requestor = await RequestorShape.FindAsync(id, clientId, requestors, ids, cancellationToken);
        return ApiResults.Ok((await RequestorShape.ViewsAsync([requestor], ids, cancellationToken))[0] with { Entities = [] });
    }
}
