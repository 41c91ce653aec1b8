using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Tiflux.Reporting.PublicApi;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Hosting;

namespace Tiflux.Web.Attachments;

/// <summary>
/// Signed, expiring links to extra valuations' attachments and public ticket files (ticket and answer files): the token is the attachment id protected by a
/// time-limited Data Protection protector (purpose <see cref="Purpose"/>), so it cannot be forged, altered or used
/// after it expires. <c>GET /anexos/{token}</c> is anonymous on purpose: the token is the authorization.
/// </summary>
internal sealed class SignedAttachmentLinks(IDataProtectionProvider provider, IOptions<TifluxOptions> options, TimeProvider time) : IAttachmentLinkSigner
{
    public const string Purpose = "tiflux.attachment-links";
    public const string RoutePrefix = "/anexos";

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public string LinkFor(Guid attachmentId)
    {
        var days = options.Value.AttachmentLinkDays > 0 ? options.Value.AttachmentLinkDays : 30;
        var token = _protector.Protect(attachmentId.ToString("N", CultureInfo.InvariantCulture), time.GetUtcNow().AddDays(days));
        return options.Value.PublicUrl($"{RoutePrefix}/{Uri.EscapeDataString(token)}");
    }

    /// <summary>The attachment id in a valid, unexpired token; null for anything else.</summary>
    public Guid? Read(string token)
    {
        try
        {
            var text = _protector.Unprotect(token, out var expiration);
            return expiration > time.GetUtcNow() && Guid.TryParseExact(text, "N", out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

/// <summary>Maps the anonymous download of a signed attachment link.</summary>
internal static class SignedAttachmentEndpoint
{
    public static IEndpointConventionBuilder MapSignedAttachments(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(SignedAttachmentLinks.RoutePrefix + "/{token}", DownloadAsync)
            .AllowAnonymous()
            .DisableAntiforgery();

    private static async Task<IResult> DownloadAsync(
        string token, SignedAttachmentLinks links, ITicketQueries tickets, ITicketConversation conversation, HttpContext http, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } id)
        {
            return Results.NotFound();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, no-store";
        if (await tickets.GetAttachmentAsync(id, cancellationToken) is { } attachment)
        {
            return Results.File(attachment.Content, attachment.ContentType, attachment.FileName);
        }

        // Internal-note files are never public, even with a link signed for them.
        return await conversation.GetFileAsync(id, cancellationToken) is { IsPublic: true } file
            ? Results.File(file.Content, file.ContentType, file.FileName)
            : Results.NotFound();
    }
}
