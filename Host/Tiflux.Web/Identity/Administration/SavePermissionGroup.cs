using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.Administration;

/// <summary>Creates or edits a permission group. Administrador (grants all) cannot be edited.</summary>
internal sealed class SavePermissionGroup(TifluxIdentityDbContext db, ILookupNormalizer normalizer, TeamChange change)
{
    public async Task<Result<Guid>> HandleAsync(Guid? id, PermissionGroupFields fields, UserActor actor, CancellationToken cancellationToken)
    {
        var errors = GroupFieldRules.Check(fields.Name, fields.Description);
        var unknown = fields.Permissions.Where(p => !Permissions.IsKnown(p)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(Error.Validation("Permissions", $"Permissão desconhecida: {string.Join(", ", unknown.Take(3))}."));
        }

        if (errors.Count > 0)
        {
            return Result<Guid>.Failure(errors);
        }

        var name = fields.Name.Trim();
        var normalized = normalizer.NormalizeName(name);
        await using var transaction = await change.BeginAsync(cancellationToken);
        var group = id is { } existing ? await db.Roles.FirstOrDefaultAsync(g => g.Id == existing, cancellationToken) : new PermissionGroup();
        if (group is null)
        {
            return Error.NotFound("Grupo de permissão não encontrado.");
        }

        if (group.GrantsAll)
        {
            return new Error("validation", "O grupo Administrador tem todas as permissões e não pode ser alterado.");
        }

        if (await db.Roles.AnyAsync(g => g.NormalizedName == normalized && g.Id != group.Id, cancellationToken))
        {
            return Error.Validation("Name", "Já existe um grupo de permissão com este nome.");
        }

        var before = group.Permissions.ToHashSet();
        var after = fields.Permissions.Where(Permissions.IsKnown).Distinct().ToList();
        var details = Describe(group, name, before, after);
        group.Name = name;
        group.NormalizedName = normalized;
        group.Description = fields.Description?.Trim() ?? "";
        group.Permissions = after;
        if (fields.AttendantGroupIds is { } teams)
        {
            var known = await db.AttendantGroups.Where(t => teams.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
            if (known.Count != teams.Distinct().Count())
            {
                return Error.Validation("AttendantGroupIds", "Grupo de atendentes não encontrado.");
            }

            var names = GroupMemberships.Join(known.Select(t => t.Name));
            if (!group.AttendantGroupIds.Order().SequenceEqual(known.Select(t => t.Id).Order()))
            {
                details = (details.Length > 0 ? details + "; " : "") + $"grupos de atendentes: {names}";
            }

            group.AttendantGroupIds = [.. known.Select(t => t.Id)];
        }

        group.ConcurrencyStamp = Guid.NewGuid().ToString();
        if (id is null)
        {
            db.Roles.Add(group);
        }

        change.Audit(actor, id is null ? "Grupo de permissão criado" : "Grupo de permissão alterado", name, details);
        var committed = await change.CommitAsync(transaction, cancellationToken);
        return committed.IsSuccess ? Result<Guid>.Success(group.Id) : Result<Guid>.Failure(committed.Errors);
    }

    private static string Describe(PermissionGroup group, string name, HashSet<string> before, List<string> after)
    {
        var parts = new List<string>();
        if (group.Name is { } old && old != name)
        {
            parts.Add($"nome: {old} → {name}");
        }

        var added = after.Where(p => !before.Contains(p)).ToList();
        var removed = before.Where(p => !after.Contains(p)).ToList();
        if (added.Count > 0)
        {
            parts.Add("incluídas: " + string.Join(", ", added.Select(Label)));
        }

        if (removed.Count > 0)
        {
            parts.Add("retiradas: " + string.Join(", ", removed.Select(Label)));
        }

        return string.Join("; ", parts);
    }

    private static string Label(string key) => Permissions.All.FirstOrDefault(p => p.Key == key)?.Label ?? key;
}
