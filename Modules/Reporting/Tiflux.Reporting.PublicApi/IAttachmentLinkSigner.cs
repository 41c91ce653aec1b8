namespace Tiflux.Reporting.PublicApi;

/// <summary>
/// Makes the absolute, signed and expiring URL of an extra valuation's attachment or of a public ticket file (a ticket's
/// own file or an answer's), for reports and e-mails sent to people who cannot sign in. Implemented by the host (which
/// serves the link); Reporting and Notifications only consume it.
/// </summary>
public interface IAttachmentLinkSigner
{
    /// <summary>The absolute URL that downloads the attachment without signing in until the link expires.</summary>
    string LinkFor(Guid attachmentId);
}
