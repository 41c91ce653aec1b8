using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Desks;

internal sealed class DeskStage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DeskId { get; set; }

    public required string Name { get; set; }

    public int Position { get; set; }
}

internal sealed class DeskStatus
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DeskId { get; set; }

    public required string Name { get; set; }

    public StatusKind Kind { get; set; }

    public int Position { get; set; }
}

internal sealed class DeskPriority
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DeskId { get; set; }

    public required string Name { get; set; }

    public int Position { get; set; }
}
