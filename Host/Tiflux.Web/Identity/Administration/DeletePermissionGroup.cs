using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.Administration;

/// <summary>Deletes a group the installation did not ship with; its members simply leave it.</summary>
internal sealed class DeletePermissionGroup(TifluxIdentityDbContext db, TeamChange change)
{
    public async Task<Result> HandleAsync(Guid id, UserActor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await change.BeginAsync(cancellationToken);
        var group = await db.Roles.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
        {
            return Result.Failure(Error.NotFound("Grupo de permissão não encontrado."));
        }

        if (group.IsBuiltIn)
        {
            return Result.Failure(new Error("validation", $"O grupo {group.Name} vem com o sistema e não pode ser excluído."));
        }

        var members = await db.UserRoles.CountAsync(m => m.RoleId == id, cancellationToken);
        db.UserRoles.RemoveRange(db.UserRoles.Where(m => m.RoleId == id));
        db.Roles.Remove(group);
        change.Audit(actor, "Grupo de permissão excluído", group.Name ?? "", $"{members} membro(s) deixaram o grupo");
        return await change.CommitAsync(transaction, cancellationToken);
    }
}
