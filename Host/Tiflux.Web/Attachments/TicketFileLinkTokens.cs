using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Attachments;

/// <summary>
/// The token of a signed ticket-file link (<see cref="TicketFileLink"/>): the file id protected by the time-limited
/// protector of <see cref="TicketFileLink.Purpose"/>. Notifications signs the links it e-mails; the host reads them on
/// <c>/arquivos/{id}</c> and signs only for tests and tools.
/// </summary>
internal static class TicketFileLinkTokens
{
    public static string Sign(IDataProtectionProvider provider, Guid fileId, DateTimeOffset expiresAt) =>
        Protector(provider).Protect(fileId.ToString(), expiresAt);

    /// <summary>The site-relative link, <c>/arquivos/{id}?t={token}</c>.</summary>
    public static string PathFor(IDataProtectionProvider provider, Guid fileId, DateTimeOffset expiresAt) =>
        $"{TicketFileLink.Path(fileId)}?t={Uri.EscapeDataString(Sign(provider, fileId, expiresAt))}";

    /// <summary>
    /// Whether <paramref name="token"/> is genuine, unexpired at <paramref name="now"/> and signed for
    /// <paramref name="fileId"/>. The protector checks the expiry against the system clock; <paramref name="now"/> is
    /// checked too so a host clock (TimeProvider) is honoured.
    /// </summary>
    public static bool Admits(IDataProtectionProvider provider, string? token, Guid fileId, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        try
        {
            var text = Protector(provider).Unprotect(token, out var expiration);
            return expiration > now && Guid.TryParse(text, out var signed) && signed == fileId;
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static ITimeLimitedDataProtector Protector(IDataProtectionProvider provider) =>
        provider.CreateProtector(TicketFileLink.Purpose).ToTimeLimitedDataProtector();
}
