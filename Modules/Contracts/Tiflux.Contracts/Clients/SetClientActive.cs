using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Clients;

/// <summary>Deactivation is refused while the client has active contracts or another module objects.</summary>
internal sealed class SetClientActive(ContractsDbContext db, TimeProvider clock, IEnumerable<IClientDeactivationCheck> deactivationChecks)
{
    public async Task<Result> HandleAsync(Guid clientId, bool active, CancellationToken cancellationToken)
    {
        var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken);
        if (client is null)
        {
            return Result.Failure(Error.NotFound("Cliente não encontrado."));
        }

        if (!active)
        {
            var today = BrazilTime.Today(clock);
            var contracts = await db.Contracts.AsNoTracking().Where(c => c.ClientId == clientId).ToListAsync(cancellationToken);
            if (contracts.Any(c => c.StatusOn(today) is ContractStatus.Active or ContractStatus.PendingAdjustment))
            {
                return Result.Failure(Error.Conflict("O cliente tem contratos ativos ou pendentes de reajuste e não pode ser inativado."));
            }

            foreach (var check in deactivationChecks)
            {
                if (await check.BlockingReasonAsync(clientId, cancellationToken) is { } reason)
                {
                    return Result.Failure(Error.Conflict(reason));
                }
            }
        }

        client.Active = active;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
