namespace Tiflux.Tickets.PublicApi;

/// <summary>
/// The Tickets module's readiness probe (the host health check asks it). The module's use cases are reached through
/// <see cref="ITicketQueries"/>, <see cref="ITicketLifecycle"/>, <see cref="ITicketWork"/>, <see cref="ITicketBilling"/>,
/// <see cref="ITicketChoices"/> and <see cref="ITicketSetup"/>.
/// </summary>
public interface ITicketsModule
{
    /// <summary>Whether the module's schema is reachable and fully migrated.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
