namespace Tiflux.SharedKernel;

/// <summary>A fact one module publishes for others, delivered through the publisher's outbox.</summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
