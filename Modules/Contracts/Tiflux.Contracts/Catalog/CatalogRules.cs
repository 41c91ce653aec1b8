using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.Validation;

namespace Tiflux.Contracts.Catalog;

/// <summary>A catalog item restricted to a client must name an existing one.</summary>
internal static class CatalogRules
{
    public static async Task RequireClientAsync(ContractsDbContext db, Guid? clientId, Errors errors, CancellationToken cancellationToken)
    {
        if (clientId is { } id)
        {
            errors.Require(await db.Clients.AnyAsync(c => c.Id == id, cancellationToken), "ClientId", "Cliente não encontrado.");
        }
    }
}
