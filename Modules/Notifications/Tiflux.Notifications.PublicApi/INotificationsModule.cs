namespace Tiflux.Notifications.PublicApi;

/// <summary>The only way other modules and the host reach the Notifications module.</summary>
public interface INotificationsModule
{
    /// <summary>Whether the module's schema is reachable and fully migrated.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
