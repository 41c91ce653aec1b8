using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Requestors;

/// <summary>Requestors as the public API shows them, with the names of their clients (one call to Contracts per page).</summary>
internal static class RequestorMapping
{
    public static async Task<IReadOnlyList<RequestorDto>> ToDtosAsync(IContractsModule contracts, IReadOnlyList<Requestor> requestors, CancellationToken cancellationToken)
    {
        var clientIds = requestors.SelectMany(r => r.ClientIds).Distinct().ToList();
        var names = clientIds.Count == 0
            ? new Dictionary<Guid, string>()
            : (await contracts.GetClientsAsync(clientIds, cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        return [.. requestors.Select(r => new RequestorDto(
            r.Id, r.Name, r.Email, r.Telephone, r.Extension, r.CanOpenTicket, r.Active,
            [.. r.ClientIds.Where(names.ContainsKey).Select(id => new RequestorClientDto(id, names[id])).OrderBy(c => c.Name, StringComparer.CurrentCulture)],
            r.CreatedAt, r.UpdatedAt))];
    }
}
