using Tiflux.Notifications.PublicApi;

namespace Tiflux.TestKit;

/// <summary>The public links of module tests that run without the host: a recognisable base URL.</summary>
public sealed class TestPublicLinks : IPublicLinks
{
    public const string BaseUrl = "https://app.test";

    public string To(string path) => BaseUrl + path;
}
