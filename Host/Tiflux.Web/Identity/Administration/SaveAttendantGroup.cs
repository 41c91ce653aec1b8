using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.Administration;

/// <summary>Creates or renames a Grupo de atendentes.</summary>
internal sealed class SaveAttendantGroup(TifluxIdentityDbContext db, TeamChange change)
{
    public async Task<Result<Guid>> HandleAsync(Guid? id, AttendantGroupFields fields, UserActor actor, CancellationToken cancellationToken)
    {
        var errors = GroupFieldRules.Check(fields.Name, fields.Description);
        if (errors.Count > 0)
        {
            return Result<Guid>.Failure(errors);
        }

        var name = fields.Name.Trim();
        await using var transaction = await change.BeginAsync(cancellationToken);
        var group = id is { } existing ? await db.AttendantGroups.FirstOrDefaultAsync(g => g.Id == existing, cancellationToken) : new AttendantGroup();
        if (group is null)
        {
            return Error.NotFound("Grupo de atendentes não encontrado.");
        }

        var others = await db.AttendantGroups.Where(g => g.Id != group.Id).Select(g => g.Name).ToListAsync(cancellationToken);
        if (others.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
        {
            return Error.Validation("Name", "Já existe um grupo de atendentes com este nome.");
        }

        var renamed = id is not null && group.Name != name ? $"nome: {group.Name} → {name}" : "";
        group.Name = name;
        group.Description = fields.Description?.Trim() ?? "";
        if (id is null)
        {
            db.AttendantGroups.Add(group);
        }

        change.Audit(actor, id is null ? "Grupo de atendentes criado" : "Grupo de atendentes alterado", name, renamed);
        var committed = await change.CommitAsync(transaction, cancellationToken);
        return committed.IsSuccess ? Result<Guid>.Success(group.Id) : Result<Guid>.Failure(committed.Errors);
    }
}
