namespace Tiflux.Tickets.PublicApi;

/// <summary>
/// The signed, time-limited link that lets an e-mail recipient download a public ticket file without signing in:
/// <c>{PublicBaseUrl}/arquivos/{fileId}?t={token}</c>, where the token is the file id protected by ASP.NET Core Data
/// Protection (time-limited protector of <see cref="Purpose"/>). Notifications signs; the web host checks.
/// </summary>
public static class TicketFileLink
{
    public const string Purpose = "Tiflux.Tickets.TicketFileLink.v1";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public static string Path(Guid fileId) => $"/arquivos/{fileId}";
}
