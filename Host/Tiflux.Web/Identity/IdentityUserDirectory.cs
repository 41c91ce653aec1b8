using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;

namespace Tiflux.Web.Identity;

/// <summary>The API's view of the user accounts, over ASP.NET Core Identity.</summary>
internal sealed class IdentityUserDirectory(TifluxIdentityDbContext db) : IUserDirectory
{
    public async Task<DirectoryUser?> FindAsync(Guid id) => (await ReadAsync(db.Users.Where(u => u.Id == id))) is [var user] ? user : null;

    public async Task<IReadOnlyList<DirectoryUser>> AllAsync() => await ReadAsync(db.Users);

    private async Task<IReadOnlyList<DirectoryUser>> ReadAsync(IQueryable<TifluxUser> users)
    {
        var administrators = db.UserRoles.Join(db.Roles.Where(g => g.GrantsAll), m => m.RoleId, g => g.Id, (m, _) => m.UserId);
        var rows = await users.AsNoTracking()
            .Select(u => new { User = u, IsAdministrator = administrators.Contains(u.Id) })
            .ToListAsync();
        return [.. rows.Select(r => new DirectoryUser(
            r.User.Id, r.User.Email, r.User.FullName, TypeOf(r.User.Kind, r.IsAdministrator), r.User.IsActive, r.User.ClientId,
            r.User.TwoFactorEnabled, r.User.PhoneNumber) { Signature = r.User.Signature })];
    }

    /// <summary>Tiflux's <c>_type</c>: client users, staff of a group that grants everything (admin), other staff.</summary>
    public static string TypeOf(UserKind kind, bool isAdministrator) =>
        kind == UserKind.Client ? UserTypes.Client : isAdministrator ? UserTypes.Admin : UserTypes.Attendant;
}
