using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.Administration;

/// <summary>
/// One change to the team (users, their groups, permission groups) as one transaction: serialised with every other
/// such change by an advisory lock, so "at least one active user can manage users" cannot be broken by two admins
/// acting at once, and audited in the same transaction.
/// </summary>
internal sealed class TeamChange(TifluxIdentityDbContext db, TimeProvider time)
{
    public const string LastManagerMessage =
        "É preciso manter ao menos um usuário ativo com a permissão \"Gerenciar usuários e permissões\".";

    public async Task<IDbContextTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('identity.team'))", cancellationToken);
        return transaction;
    }

    public void Audit(UserActor actor, string action, string subject, string details) =>
        db.UserAudit.Add(new UserAuditEntry
        {
            At = time.GetUtcNow(),
            ActorId = actor.UserId,
            ActorName = actor.Name,
            Action = action,
            Subject = subject,
            Details = details.Length > 4000 ? details[..4000] : details,
        });

    /// <summary>Saves, then commits unless no active user could manage users any more (then nothing is written).</summary>
    public async Task<Result> CommitAsync(IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        if (!await AnyManagerLeftAsync(cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Result.Failure(new Error("last_manager", LastManagerMessage));
        }

        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }

    private Task<bool> AnyManagerLeftAsync(CancellationToken cancellationToken) =>
        db.Users.AnyAsync(
            u => u.IsActive && u.Kind == UserKind.Staff && db.Roles.Any(g => (g.GrantsAll || g.Permissions.Contains(Permissions.UsersManage))
                && (db.UserRoles.Any(m => m.UserId == u.Id && m.RoleId == g.Id)
                    || db.AttendantGroupMembers.Any(m => m.UserId == u.Id && g.AttendantGroupIds.Contains(m.AttendantGroupId)))),
            cancellationToken);
}
