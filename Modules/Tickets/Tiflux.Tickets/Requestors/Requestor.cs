namespace Tiflux.Tickets.Requestors;

/// <summary>
/// A person of one or more clients who opens and follows tickets (solicitante). The e-mail is unique among requestors
/// (case-insensitive, <see cref="NormalizedEmail"/>), so the same person at two clients is one record with two clients.
/// </summary>
internal sealed class Requestor
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public required string Email { get; set; }

    public required string NormalizedEmail { get; set; }

    /// <summary>E.164 ("+5547999999999").</summary>
    public string? Telephone { get; set; }

    public string? Extension { get; set; }

    public bool CanOpenTicket { get; set; } = true;

    public bool Active { get; set; } = true;

    public List<Guid> ClientIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
