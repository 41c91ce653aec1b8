namespace Tiflux.Notifications.PublicApi;

/// <summary>
/// Absolute links into the application for e-mails (the portal's review and authorization pages). The host implements it
/// over its configured public base URL; Notifications only knows the paths.
/// </summary>
public interface IPublicLinks
{
    /// <summary>The absolute URL of an application path such as <c>/portal/revisoes/12</c>.</summary>
    string To(string path);
}
