using Microsoft.AspNetCore.Identity;
using Tiflux.Api.Users;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.Administration;

/// <summary>"Reenviar convite" for a user who never set a password, "Redefinir senha" for the others.</summary>
internal sealed class SendPasswordLink(UserManager<TifluxUser> users, TeamChange change, TifluxIdentityDbContext db, AccountLinks links)
{
    public async Task<Result> HandleAsync(Guid userId, UserActor actor, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return Result.Failure(Error.NotFound("Usuário não encontrado."));
        }

        if (!user.IsActive)
        {
            return Result.Failure(new Error("validation", "Reative o usuário antes de enviar um link de senha."));
        }

        var invited = user.PasswordHash is null;
        var sent = await links.SendAsync(user, invited ? AccountLinkPurpose.Invitation : AccountLinkPurpose.PasswordReset, actor, cancellationToken);
        if (sent.IsSuccess)
        {
            change.Audit(actor, invited ? "Convite reenviado" : "Link de redefinição de senha enviado", user.Email ?? "", "");
            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }
}
