using Tiflux.Reporting.PublicApi;

namespace Tiflux.TestKit;

/// <summary>The attachment link signer of module tests that run without the host: a recognisable, unsigned URL.</summary>
public sealed class TestAttachmentLinks : IAttachmentLinkSigner
{
    public const string BaseUrl = "https://links.test/anexos/";

    public string LinkFor(Guid attachmentId) => BaseUrl + attachmentId.ToString("N");
}
