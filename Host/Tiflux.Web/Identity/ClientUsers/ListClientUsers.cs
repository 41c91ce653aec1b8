using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;

namespace Tiflux.Web.Identity.ClientUsers;

/// <summary>The client users linked to a client (or one of them), with their last successful sign-in.</summary>
internal sealed class ListClientUsers(TifluxIdentityDbContext db)
{
    public async Task<IReadOnlyList<ClientUserRowDto>> HandleAsync(Guid clientId, CancellationToken cancellationToken) =>
        await RowsAsync(db.Users.Where(u => u.Kind == UserKind.Client && u.ClientIds.Contains(clientId)), cancellationToken);

    public async Task<ClientUserRowDto?> OneAsync(Guid userId, CancellationToken cancellationToken) =>
        await RowsAsync(db.Users.Where(u => u.Kind == UserKind.Client && u.Id == userId), cancellationToken) is [var one, ..] ? one : null;

    private async Task<IReadOnlyList<ClientUserRowDto>> RowsAsync(IQueryable<TifluxUser> users, CancellationToken cancellationToken)
    {
        var rows = await users.AsNoTracking()
            .OrderBy(u => u.FullName).ThenBy(u => u.Email)
            .Select(u => new
            {
                User = u,
                LastSignIn = db.SignInEvents.Where(e => e.UserId == u.Id && e.Succeeded).Max(e => (DateTimeOffset?)e.At),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ClientUserRowDto(
            r.User.Id, r.User.FullName, r.User.Email ?? "", r.User.PhoneNumber, r.User.PortalPermissions, r.User.ClientIds, r.User.ClientId,
            r.User.IsActive, r.User.PasswordHash is null, r.User.TwoFactorEnabled, r.LastSignIn))];
    }
}
