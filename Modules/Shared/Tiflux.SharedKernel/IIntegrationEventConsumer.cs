namespace Tiflux.SharedKernel;

/// <summary>
/// Reacts to an integration event of another module. Delivered at least once by the publisher's outbox processor:
/// handlers must be idempotent and quick (enqueue a job for anything slow or external).
/// </summary>
public interface IIntegrationEventConsumer<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
