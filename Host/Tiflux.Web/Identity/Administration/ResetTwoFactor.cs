using Microsoft.AspNetCore.Identity;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.Administration;

/// <summary>An administrator turns a user's two-factor sign-in off (lost phone); the user sets it up again.</summary>
internal sealed class ResetTwoFactor(UserManager<TifluxUser> users, TeamChange change, TifluxIdentityDbContext db)
{
    public async Task<Result> HandleAsync(Guid userId, UserActor actor, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return Result.Failure(Error.NotFound("Usuário não encontrado."));
        }

        if (!user.TwoFactorEnabled)
        {
            return Result.Failure(new Error("validation", "Este usuário não usa autenticação em dois fatores."));
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        change.Audit(actor, "Autenticação em dois fatores redefinida", user.Email ?? "", "");
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
