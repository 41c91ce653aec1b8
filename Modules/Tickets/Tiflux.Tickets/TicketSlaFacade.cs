using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Sla;

namespace Tiflux.Tickets;

internal sealed class TicketSlaFacade(
    SaveDeskSla saveDeskSla, PauseTicketSla pause, DeactivateTicketSla deactivate, ListStageSlas stageSlas, GetSlaTimeLeft timeLeft) : ITicketSla
{
    public Task<Result> SaveDeskSlaAsync(SaveDeskSlaRequest request, CancellationToken cancellationToken) =>
        saveDeskSla.HandleAsync(request, cancellationToken);

    public Task<Result> PauseAsync(int number, string? reason, ActorDto actor, CancellationToken cancellationToken) =>
        pause.PauseAsync(number, reason, actor, cancellationToken);

    public Task<Result> ResumeAsync(int number, ActorDto actor, CancellationToken cancellationToken) =>
        pause.ResumeAsync(number, actor, cancellationToken);

    public Task<Result> DeactivateAsync(int number, string? reason, ActorDto actor, CancellationToken cancellationToken) =>
        deactivate.HandleAsync(number, reason, actor, cancellationToken);

    public Task<Result<PagedList<TicketStageSlaDto>>> ListStageSlasAsync(int number, int page, int pageSize, CancellationToken cancellationToken) =>
        stageSlas.HandleAsync(number, Math.Max(1, page), Math.Clamp(pageSize, 1, 200), cancellationToken);

    public Task<SlaTimeLeftDto?> GetTimeLeftAsync(int number, CancellationToken cancellationToken) =>
        timeLeft.HandleAsync(number, cancellationToken);
}
