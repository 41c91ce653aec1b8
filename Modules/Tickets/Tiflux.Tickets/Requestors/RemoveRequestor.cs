using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Requestors;

/// <summary>Unlinks a requestor from a client; one left without clients is deactivated (tickets keep their copy).</summary>
internal sealed class RemoveRequestor(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(Guid clientId, Guid id, ActorDto actor, CancellationToken cancellationToken)
    {
        var requestor = await db.Requestors.SingleOrDefaultAsync(r => r.Id == id && r.ClientIds.Contains(clientId), cancellationToken);
        if (requestor is null)
        {
            return Result.Failure(Error.NotFound("Solicitante não encontrado neste cliente."));
        }

        requestor.ClientIds = [.. requestor.ClientIds.Where(c => c != clientId)];
        requestor.Active &= requestor.ClientIds.Count > 0;
        requestor.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
