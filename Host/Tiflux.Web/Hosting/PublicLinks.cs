using Microsoft.Extensions.Options;
using Tiflux.Notifications.PublicApi;

namespace Tiflux.Web.Hosting;

internal sealed class PublicLinks(IOptions<TifluxOptions> options) : IPublicLinks
{
    public string To(string path) => options.Value.PublicUrl(path);
}
