using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Desks;

internal sealed class DeskStage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DeskId { get; set; }

    public required string Name { get; set; }

    public int Position { get; set; }

    /// <summary>The most business minutes a ticket may stay in this stage (Tiflux's <c>max_time</c>); null: no stage SLA.</summary>
    public int? SlaMaxMinutes { get; set; }
}

internal sealed class DeskStatus
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DeskId { get; set; }

    public required string Name { get; set; }

    public StatusKind Kind { get; set; }

    public int Position { get; set; }

    /// <summary>Entering this status pauses the ticket's SLA ("aguardando cliente"); leaving it resumes.</summary>
    public bool PausesSla { get; set; }
}

internal sealed class DeskPriority
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DeskId { get; set; }

    public required string Name { get; set; }

    public int Position { get; set; }

    /// <summary>Business minutes to start attendance (Tiflux's <c>start_time</c>); null: no attendance target.</summary>
    public int? SlaAttendanceMinutes { get; set; }

    /// <summary>Business minutes to solve (Tiflux's <c>end_time</c>); null: no solution target.</summary>
    public int? SlaSolutionMinutes { get; set; }
}
