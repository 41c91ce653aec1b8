using Tiflux.Api.Users;
using Tiflux.Notifications.PublicApi;

namespace Tiflux.Web.Hosting;

/// <summary>Staff e-mails for Notifications, from the user directory (Identity).</summary>
internal sealed class StaffContacts(IUserDirectory users) : IStaffContacts
{
    public async Task<string?> EmailOfAsync(Guid userId, CancellationToken cancellationToken) =>
        await users.FindAsync(userId) is { Active: true, ClientId: null, Email: { Length: > 0 } email } ? email : null;
}
