using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>How ticketing is set up: the desks and the organisation-wide ticket settings.</summary>
public interface ITicketSetup
{
    /// <summary>Every desk, by name.</summary>
    Task<IReadOnlyList<DeskDto>> GetDesksAsync(CancellationToken cancellationToken);

    /// <summary>Creates or updates a desk; returns its id.</summary>
    Task<Result<Guid>> SaveDeskAsync(SaveDeskRequest request, CancellationToken cancellationToken);

    /// <summary>Organisation-wide ticket settings.</summary>
    Task<TicketSettingsDto> GetSettingsAsync(CancellationToken cancellationToken);

    /// <summary>Saves the organisation-wide ticket settings.</summary>
    Task SaveSettingsAsync(TicketSettingsDto settings, CancellationToken cancellationToken);
}
