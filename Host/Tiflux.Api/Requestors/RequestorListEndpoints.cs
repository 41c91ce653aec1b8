using Tiflux.Api.Clients;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Requestors;

/// <summary>GET /requestors (every client; rows carry <c>client</c>) and GET /clients/{client_id}/requestors (service-desk.md §9.4).</summary>
internal static class RequestorListEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/requestors", ListAllAsync).Produces<RequestorView[]>().WithTags("Requestors").WithSummary("Requestors of every client")
            .Query("name", "string").Query("email", "string").Query("telephone", "string").Query("extension", "string")
            .Query("can_open_ticket", "boolean").Query("include_entity_fields", "boolean").Paged()
            .Requires(Permissions.ClientsView);
        api.MapGet("/clients/{client_id}/requestors", ListOfClientAsync).Produces<RequestorView[]>().WithTags("Requestors").WithSummary("Requestors of a client")
            .Query("name", "string").Query("email", "string").Query("telephone", "string").Query("extension", "string")
            .Query("can_open_ticket", "boolean").Query("include_entity_fields", "boolean").Paged()
            .Requires(Permissions.ClientsView);
    }

    private static Task<IResult> ListAllAsync(HttpContext http, ITicketRequestors requestors, PublicIds ids, CancellationToken cancellationToken) =>
        ListAsync(http, null, requestors, ids, cancellationToken);

    private static async Task<IResult> ListOfClientAsync(string client_id, HttpContext http, ITicketRequestors requestors, PublicIds ids, CancellationToken cancellationToken)
    {
        var clientId = await ClientShape.ResolveAsync(client_id, http.Staff(), ids, cancellationToken);
        return await ListAsync(http, clientId, requestors, ids, cancellationToken);
    }

    private static async Task<IResult> ListAsync(HttpContext http, Guid? clientId, ITicketRequestors requestors, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Staff();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var name = query.String("name");
        var email = query.String("email");
        var telephone = query.String("telephone", maxLength: TicketLimits.Telephone);
        var extension = query.String("extension", maxLength: TicketLimits.Extension);
        var canOpenTicket = CanOpenTicket(http.Request.Query, query);
        var withEntityFields = query.Bool("include_entity_fields") ?? false;
        if (telephone is not null && !telephone.All(char.IsAsciiDigit))
        {
            query.Fail("telephone", "must contain only digits, without the country code");
        }

        query.ThrowIfErrors();
        var page = await requestors.ListRequestorsAsync(
            // A requestor unlinked from its last client is deactivated: it belongs to no client, so the global list leaves it out.
            new RequestorListRequest(clientId, name, email, telephone, extension, canOpenTicket, clientId is null ? true : null, paging.Page, paging.Limit), cancellationToken);
        var views = await RequestorShape.ViewsAsync(page.Items, ids, cancellationToken, withClient: clientId is null, clientId);
        return ApiResults.Page(http, withEntityFields ? views.Select(v => v with { EntityFields = [] }) : views, page.TotalItems);
    }

    /// <summary>Strict boolean with Tiflux's own wording for this filter.</summary>
    private static bool? CanOpenTicket(IQueryCollection raw, QueryReader query)
    {
        if (!raw.TryGetValue("can_open_ticket", out var values) || values.Count == 0)
        {
            return null;
        }

        switch (values[^1])
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                query.Fail("can_open_ticket", $"{values[^1]} is not a valid option. 'Can open ticket' must be 'true' or 'false'");
                return null;
        }
    }
}
