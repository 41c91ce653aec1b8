using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Clients;

/// <summary>The client's switch for the authorization of new portal tickets (service-desk.md §3.5).</summary>
internal sealed class SetAuthorizationFlow(ContractsDbContext db)
{
    public async Task<Result> HandleAsync(Guid clientId, bool on, CancellationToken cancellationToken)
    {
        var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken);
        if (client is null)
        {
            return Result.Failure(Error.NotFound("Cliente não encontrado."));
        }

        client.AuthorizationFlow = on;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
