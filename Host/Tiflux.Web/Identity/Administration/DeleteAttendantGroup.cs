using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Identity.Administration;

/// <summary>Deletes a Grupo de atendentes that serves no desk; its members stay, without it.</summary>
internal sealed class DeleteAttendantGroup(TifluxIdentityDbContext db, TeamChange change, ITicketSetup desks)
{
    public async Task<Result> HandleAsync(Guid id, UserActor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await change.BeginAsync(cancellationToken);
        var group = await db.AttendantGroups.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
        {
            return Result.Failure(Error.NotFound("Grupo de atendentes não encontrado."));
        }

        // A desk served only by selected groups would silently lose this one: ask to take it off the desk first.
        if ((await desks.GetDesksAsync(cancellationToken)).FirstOrDefault(d => d.AttendantGroupIds.Contains(id)) is { } desk)
        {
            return Result.Failure(new Error("validation", $"O grupo {group.Name} atende a mesa {desk.Name}; retire-o da mesa antes de excluí-lo."));
        }

        db.AttendantGroups.Remove(group);
        foreach (var granting in await db.Roles.Where(g => g.AttendantGroupIds.Contains(id)).ToListAsync(cancellationToken))
        {
            granting.AttendantGroupIds = [.. granting.AttendantGroupIds.Where(t => t != id)];
        }

        change.Audit(actor, "Grupo de atendentes excluído", group.Name, "");
        return await change.CommitAsync(transaction, cancellationToken);
    }
}
