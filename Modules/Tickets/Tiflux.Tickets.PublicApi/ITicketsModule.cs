namespace Tiflux.Tickets.PublicApi;

/// <summary>The only way other modules and the host reach the Tickets module.</summary>
public interface ITicketsModule
{
    /// <summary>Whether the module's schema is reachable and fully migrated.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
