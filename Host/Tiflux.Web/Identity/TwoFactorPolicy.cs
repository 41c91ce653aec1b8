using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Tiflux.Web.Identity;

/// <summary>Whether the organisation requires every user to sign in with two factors (service-desk.md §2.4, point 4).</summary>
public interface ITwoFactorPolicy
{
    Task<bool> IsRequiredAsync(CancellationToken cancellationToken);

    /// <summary>Whether the organisation setting (Configurações › Usuários) is on, whatever the configuration says.</summary>
    Task<bool> IsSetInAppAsync(CancellationToken cancellationToken);

    /// <summary>Turns the organisation's obligation on or off; audited.</summary>
    Task SetRequiredAsync(bool required, Tiflux.Api.Users.UserActor actor, CancellationToken cancellationToken);
}

/// <summary>The configuration section <c>Security</c>.</summary>
internal sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Users without two-factor sign-in are sent to set it up and cannot use the pages until they do.</summary>
    public bool RequireTwoFactor { get; set; }
}

/// <summary>
/// Two-factor sign-in is required when the administrators switched it on in the app, or when the installation forces
/// it by configuration (<c>Security:RequireTwoFactor</c>, which the app cannot switch off).
/// </summary>
internal sealed class StoredTwoFactorPolicy(
    IOptionsMonitor<SecurityOptions> options, TifluxIdentityDbContext db, TimeProvider time) : ITwoFactorPolicy
{
    public async Task<bool> IsRequiredAsync(CancellationToken cancellationToken) =>
        options.CurrentValue.RequireTwoFactor || await IsSetInAppAsync(cancellationToken);

    public Task<bool> IsSetInAppAsync(CancellationToken cancellationToken) =>
        db.SecuritySettings.AsNoTracking().AnyAsync(s => s.Id == SecuritySettings.SingletonId && s.RequireTwoFactor, cancellationToken);

    public async Task SetRequiredAsync(bool required, Tiflux.Api.Users.UserActor actor, CancellationToken cancellationToken)
    {
        await db.SecuritySettings.Where(s => s.Id == SecuritySettings.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RequireTwoFactor, required), cancellationToken);
        db.UserAudit.Add(new UserAuditEntry
        {
            At = time.GetUtcNow(),
            ActorId = actor.UserId,
            ActorName = actor.Name,
            Action = required ? "Autenticação em dois fatores obrigatória" : "Autenticação em dois fatores opcional",
            Subject = "Organização",
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
