using System.Text.Json.Serialization;
using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Requestors;

/// <summary>
/// A requestor (service-desk.md §3.1, §9.4). <c>client</c> only in the global list; <c>entities</c> on show, create and
/// update; <c>entity_fields</c> on lists with <c>include_entity_fields=true</c>. We have no custom fields: both are empty.
/// </summary>
internal sealed record RequestorView(int Id, bool CanOpenTicket, string Email, string? Extension, string Name, string? Telephone, string CreatedAt, string UpdatedAt)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IdName? Client { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public object[]? Entities { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public object[]? EntityFields { get; init; }
}

internal static class RequestorShape
{
    public const string KindName = "ServiceDesk::TicketRequestor";

    /// <summary>Numbers the requestors and their clients in one batch; <paramref name="withClient"/> adds <c>client</c> (the first, or <paramref name="clientId"/>).</summary>
    public static async Task<IReadOnlyList<RequestorView>> ViewsAsync(
        IReadOnlyList<RequestorDto> requestors, PublicIds ids, CancellationToken cancellationToken, bool withClient = false, Guid? clientId = null)
    {
        var batch = new PublicIdBatch().AddRange(PublicIdKind.Requestor, requestors.Select(r => r.Id));
        foreach (var r in requestors)
        {
            batch.AddRange(PublicIdKind.Client, r.Clients.Select(c => c.Id));
        }

        var map = await ids.AssignAsync(batch, cancellationToken);
        return [.. requestors.Select(r =>
        {
            var client = r.Clients.FirstOrDefault(c => c.Id == clientId) ?? (r.Clients.Count > 0 ? r.Clients[0] : null);
            return new RequestorView(
                map[PublicIdKind.Requestor, r.Id], r.CanOpenTicket, r.Email, r.Extension, r.Name, r.Telephone, ApiResults.DateTime(r.CreatedAt), ApiResults.DateTime(r.UpdatedAt))
            {
                Client = withClient && client is not null ? new IdName(map[PublicIdKind.Client, client.Id], client.Name) : null,
            };
        })];
    }

    /// <summary>The requestor <paramref name="id"/> of the client, or 404 with Tiflux's text.</summary>
    public static async Task<RequestorDto> FindAsync(string id, Guid clientId, ITicketRequestors requestors, PublicIds ids, CancellationToken cancellationToken)
    {
        var requestorId = await ids.ResolveAsync(PublicIdKind.Requestor, ApiPath.Id(id), cancellationToken);
        var requestor = requestorId is { } rid ? await requestors.GetRequestorAsync(rid, cancellationToken) : null;
        return requestor is not null && requestor.Clients.Any(c => c.Id == clientId) ? requestor : throw ApiPath.NotFound(KindName, id);
    }
}
