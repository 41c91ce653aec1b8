using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.Administration;

/// <summary>Edits a user — name, e-mail, phone, groups, active — in one audited transaction.</summary>
internal sealed class ChangeUser(TifluxIdentityDbContext db, UserManager<TifluxUser> users, TeamChange change, GroupMemberships memberships)
{
    public const string NotYourself = "Você não pode desativar o seu próprio usuário.";

    public async Task<Result> HandleAsync(Guid userId, UserChanges changes, UserActor actor, CancellationToken cancellationToken)
    {
        var errors = UserFieldRules.Check(changes.Name, changes.Email, changes.Phone, partial: true);
        if (changes.Active == false && userId == actor.UserId)
        {
            errors.Add(new Error("validation", NotYourself));
        }

        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        await using var transaction = await change.BeginAsync(cancellationToken);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Result.Failure(Error.NotFound("Usuário não encontrado."));
        }

        var details = new List<string>();
        var before = await memberships.NamesAsync(userId, cancellationToken);
        if (changes.Name is { } name && name.Trim() != user.FullName)
        {
            details.Add($"nome: {user.FullName} → {name.Trim()}");
            user.FullName = name.Trim();
        }

        if (changes.Email is { } email && !string.Equals(email.Trim(), user.Email, StringComparison.OrdinalIgnoreCase))
        {
            if (await users.FindByEmailAsync(email.Trim()) is { } other && other.Id != userId)
            {
                return Result.Failure(Error.Validation("Email", UserFieldRules.DuplicateEmail));
            }

            details.Add($"e-mail: {user.Email} → {email.Trim()}");
            user.Email = user.UserName = email.Trim();
        }

        if (changes.Phone is not null && UserFieldRules.Phone(changes.Phone) != user.PhoneNumber)
        {
            details.Add($"telefone: {user.PhoneNumber ?? "—"} → {UserFieldRules.Phone(changes.Phone) ?? "—"}");
            user.PhoneNumber = UserFieldRules.Phone(changes.Phone);
        }

        if (changes.Active is { } active && active != user.IsActive)
        {
            details.Add(active ? "reativado" : "desativado");
            user.IsActive = active;
        }

        var groups = await ApplyGroupsAsync(userId, changes, cancellationToken);
        if (!groups.IsSuccess)
        {
            return groups;
        }

        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return Result.Failure([.. updated.Errors.Select(e => Error.Validation("Email", e.Description))]);
        }

        if (changes.Active == false)
        {
            // Ends the sessions' security stamp and any unused invitation link; tokens stop through the access check.
            await users.UpdateSecurityStampAsync(user);
        }

        await db.SaveChangesAsync(cancellationToken);
        var after = await memberships.NamesAsync(userId, cancellationToken);
        if (after.PermissionGroups != before.PermissionGroups)
        {
            details.Add($"grupos de permissão: {before.PermissionGroups} → {after.PermissionGroups}");
        }

        if (after.AttendantGroups != before.AttendantGroups)
        {
            details.Add($"grupos de atendentes: {before.AttendantGroups} → {after.AttendantGroups}");
        }

        if (details.Count == 0)
        {
            return Result.Success();
        }

        change.Audit(actor, changes.Active == false ? "Usuário desativado" : changes.Active == true && details.Count == 1 ? "Usuário reativado" : "Usuário alterado",
            user.Email ?? "", string.Join("; ", details));
        return await change.CommitAsync(transaction, cancellationToken);
    }

    private async Task<Result> ApplyGroupsAsync(Guid userId, UserChanges changes, CancellationToken cancellationToken)
    {
        if (changes.PermissionGroupIds is { } permissionIds)
        {
            var groups = await memberships.PermissionGroupsAsync(permissionIds, cancellationToken);
            if (!groups.IsSuccess)
            {
                return Result.Failure(groups.Errors);
            }

            await memberships.ReplacePermissionGroupsAsync(userId, groups.Value, cancellationToken);
        }

        if (changes.AttendantGroupIds is { } attendantIds)
        {
            var groups = await memberships.AttendantGroupsAsync(attendantIds, cancellationToken);
            if (!groups.IsSuccess)
            {
                return Result.Failure(groups.Errors);
            }

            await memberships.ReplaceAttendantGroupsAsync(userId, groups.Value, cancellationToken);
        }

        return Result.Success();
    }
}
