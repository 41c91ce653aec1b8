using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Conversation;

/// <summary>
/// The <c>url</c> of a file in API answers: the same signed, time-limited link the e-mails carry
/// (<see cref="TicketFileLink"/>), so a script can download the file without a token, as from Tiflux's storage links.
/// </summary>
internal sealed class TicketFileUrls(IDataProtectionProvider provider, IConfiguration configuration, TimeProvider time)
{
    private readonly ITimeLimitedDataProtector protector = provider.CreateProtector(TicketFileLink.Purpose).ToTimeLimitedDataProtector();

    private readonly string baseUrl = (configuration["Tiflux:PublicBaseUrl"] is { Length: > 0 } url ? url : "http://127.0.0.1:5080").TrimEnd('/');

    public string For(Guid fileId)
    {
        var token = protector.Protect(fileId.ToString("N", CultureInfo.InvariantCulture), time.GetUtcNow().Add(TicketFileLink.Lifetime));
        return $"{baseUrl}{TicketFileLink.Path(fileId)}?t={Uri.EscapeDataString(token)}";
    }
}
