using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Clients;

/// <summary>
/// Clients by name in pt-BR collation (accents and case ignored), the order of every client picker: sorted here, not
/// by the database, whose collation may be ordinal ("Ótica" after "sec-…").
/// </summary>
internal sealed class GetClients(ContractsDbContext db)
{
    public async Task<IReadOnlyList<ClientSummary>> HandleAsync(IReadOnlyCollection<Guid>? clientIds, CancellationToken cancellationToken)
    {
        var query = db.Clients.AsNoTracking();
        if (clientIds is not null)
        {
            query = query.Where(c => clientIds.Contains(c.Id));
        }

        return [.. (await query.ToListAsync(cancellationToken))
            .OrderBy(c => c.Name, PtBr.Collator)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Id)
            .Select(c => c.ToSummary())];
    }
}
