using Tiflux.Api.Clients;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Requestors;

/// <summary>
/// POST, PUT and DELETE /clients/{client_id}/requestors (service-desk.md §9.4). Creating one whose e-mail a requestor
/// already has links that person to the client (same id). DELETE unlinks it from the client.
/// </summary>
internal static class RequestorWriteEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/clients/{client_id}/requestors", CreateAsync).Produces<RequestorView>(201).WithTags("Requestors")
            .WithSummary("Create a requestor (or link the one with this e-mail)").Body<RequestorBody>()
            .Requires(Permissions.ClientsManage);
        api.MapPut("/clients/{client_id}/requestors/{id}", UpdateAsync).Produces<RequestorView>().WithTags("Requestors")
            .WithSummary("Change a requestor (partial)").Body<RequestorBody>()
            .Requires(Permissions.ClientsManage);
        api.MapDelete("/clients/{client_id}/requestors/{id}", DeleteAsync).Produces(204).WithTags("Requestors")
            .WithSummary("Unlink a requestor from the client")
            .Requires(Permissions.ClientsManage);
    }

    private static async Task<IResult> CreateAsync(string client_id, HttpContext http, ITicketRequestors requestors, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var clientId = await ClientShape.ResolveAsync(client_id, caller, ids, cancellationToken);
        var (input, body) = await RequestorInput.ReadAsync(http.Request, creating: true, cancellationToken);
        body.ThrowIfErrors();
        var request = new SaveRequestorRequest(null, clientId, input.Name!, input.Email!, input.Telephone, input.Extension, input.CanOpenTicket ?? true) { Country = input.Country };
        var id = await SaveAsync(request, caller, requestors, cancellationToken);
        return ApiResults.Created(await ViewAsync(id, requestors, ids, cancellationToken));
    }

    private static async Task<IResult> UpdateAsync(
        string client_id, string id, HttpContext http, ITicketRequestors requestors, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var clientId = await ClientShape.ResolveAsync(client_id, caller, ids, cancellationToken);
        var current = await RequestorShape.FindAsync(id, clientId, requestors, ids, cancellationToken);
        var (input, body) = await RequestorInput.ReadAsync(http.Request, creating: false, cancellationToken);
        body.ThrowIfErrors();
        var request = new SaveRequestorRequest(
            current.Id,
            clientId,
            input.Name ?? current.Name,
            input.Email ?? current.Email,
            body.Has("telephone") ? input.Telephone : current.Telephone,
            body.Has("extension") ? input.Extension : current.Extension,
            input.CanOpenTicket ?? current.CanOpenTicket,
            current.Active) { Country = input.Country };
        await SaveAsync(request, caller, requestors, cancellationToken);
        return ApiResults.Ok(await ViewAsync(current.Id, requestors, ids, cancellationToken));
    }

    private static async Task<IResult> DeleteAsync(string client_id, string id, HttpContext http, ITicketRequestors requestors, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var clientId = await ClientShape.ResolveAsync(client_id, caller, ids, cancellationToken);
        var requestor = await RequestorShape.FindAsync(id, clientId, requestors, ids, cancellationToken);
        var result = await requestors.RemoveRequestorAsync(clientId, requestor.Id, new ActorDto(caller.UserId, caller.Name), cancellationToken);
        if (result.Errors.Any(e => e.Code == "not_found"))
        {
            throw ApiPath.NotFound(RequestorShape.KindName, id);
        }

        result.ThrowIfFailed(RequestorInput.Fields);
        return Results.NoContent();
    }

    /// <summary>Saves; the module's e-mail problems are worded as Tiflux's <c>is invalid</c>.</summary>
    private static async Task<Guid> SaveAsync(SaveRequestorRequest request, ApiCaller caller, ITicketRequestors requestors, CancellationToken cancellationToken)
    {
        var saved = await requestors.SaveRequestorAsync(request, new ActorDto(caller.UserId, caller.Name), cancellationToken);
        if (!saved.IsSuccess && saved.Errors.Any(e => e.Field == "Email" && e.Code == "validation"))
        {
            var errors = saved.Errors.Select(e => e.Field == "Email" && e.Code == "validation" ? Error.Validation("Email", "is invalid") : e).ToArray();
            Result.Failure(errors).ThrowIfFailed(RequestorInput.Fields);
        }

        saved.ThrowIfFailed(RequestorInput.Fields);
        return saved.Value;
    }

    private static async Task<RequestorView> ViewAsync(Guid id, ITicketRequestors requestors, PublicIds ids, CancellationToken cancellationToken)
    {
        var requestor = await requestors.GetRequestorAsync(id, cancellationToken) ?? throw new InvalidOperationException("Requestor vanished.");
        return (await RequestorShape.ViewsAsync([requestor], ids, cancellationToken))[0] with { Entities = [] };
    }
}

/// <summary>A requestor's fields (also accepted wrapped in <c>requestor</c>).</summary>
internal sealed record RequestorBody(string Name, string Email, string? Telephone, string? Country, bool? CanOpenTicket, string? Extension);
