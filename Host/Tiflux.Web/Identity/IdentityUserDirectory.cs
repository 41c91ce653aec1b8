using Microsoft.AspNetCore.Identity;
using Tiflux.Api.Users;

namespace Tiflux.Web.Identity;

/// <summary>The API's view of the user accounts, over ASP.NET Core Identity.</summary>
internal sealed class IdentityUserDirectory(UserManager<TifluxUser> users) : IUserDirectory
{
    public async Task<DirectoryUser?> FindAsync(Guid id) =>
        await users.FindByIdAsync(id.ToString()) is { } user ? ToDirectory(user) : null;

    public async Task<IList<string>> RolesOfAsync(Guid id) =>
        await users.FindByIdAsync(id.ToString()) is { } user ? await users.GetRolesAsync(user) : [];

    public Task<IReadOnlyList<DirectoryUser>> AllAsync() =>
        Task.FromResult<IReadOnlyList<DirectoryUser>>([.. users.Users.AsEnumerable().Select(ToDirectory)]);

    public async Task<IList<DirectoryUser>> InRoleAsync(string role) =>
        [.. (await users.GetUsersInRoleAsync(role)).Select(ToDirectory)];

    private static DirectoryUser ToDirectory(TifluxUser user) =>
        new(user.Id, user.Email, user.FullName, user.ClientId, user.LockoutEnd, user.TwoFactorEnabled, user.PhoneNumber);
}
