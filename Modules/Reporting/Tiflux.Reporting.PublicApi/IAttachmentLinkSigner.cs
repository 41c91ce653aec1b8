namespace Tiflux.Reporting.PublicApi;

/// <summary>
/// Makes the absolute, signed and expiring URL of an extra valuation's attachment, for reports sent to people who
/// cannot sign in. Implemented by the host (which serves the link); the Reporting module only consumes it.
/// </summary>
public interface IAttachmentLinkSigner
{
    /// <summary>The absolute URL that downloads the attachment without signing in until the link expires.</summary>
    string LinkFor(Guid attachmentId);
}
