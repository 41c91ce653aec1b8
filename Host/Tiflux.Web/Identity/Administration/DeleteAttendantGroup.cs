using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.Administration;

/// <summary>Deletes a Grupo de atendentes; its members stay, without it.</summary>
internal sealed class DeleteAttendantGroup(TifluxIdentityDbContext db, TeamChange change)
{
    public async Task<Result> HandleAsync(Guid id, UserActor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await change.BeginAsync(cancellationToken);
        var group = await db.AttendantGroups.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
        {
            return Result.Failure(Error.NotFound("Grupo de atendentes não encontrado."));
        }

        db.AttendantGroups.Remove(group);
        change.Audit(actor, "Grupo de atendentes excluído", group.Name, "");
        return await change.CommitAsync(transaction, cancellationToken);
    }
}
