namespace Tiflux.Tickets.PublicApi;

/// <summary>A requestor (solicitante): a person of one or more clients who opens and follows tickets. Needs no login.</summary>
public sealed record RequestorDto(
    Guid Id,
    string Name,
    string Email,
    string? Telephone,
    string? Extension,
    bool CanOpenTicket,
    bool Active,
    IReadOnlyList<RequestorClientDto> Clients,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>A client a requestor belongs to.</summary>
public sealed record RequestorClientDto(Guid Id, string Name);

/// <summary>Requestor list filters (null = any); <see cref="Telephone"/> matches digits.</summary>
public sealed record RequestorListRequest(
    Guid? ClientId = null,
    string? Name = null,
    string? Email = null,
    string? Telephone = null,
    string? Extension = null,
    bool? CanOpenTicket = null,
    bool? Active = null,
    int Page = 1,
    int PageSize = 25)
{
    /// <summary>Free text over name and e-mail.</summary>
    public string? Text { get; init; }
}

/// <summary>
/// Creates (<see cref="Id"/> null) or changes a requestor of <see cref="ClientId"/>. The e-mail is unique among
/// requestors (case-insensitive): creating one whose e-mail exists links that person to the client instead.
/// <see cref="Telephone"/> is stored in E.164; <see cref="Country"/> (ISO alpha-2, default BR) reads a national number.
/// </summary>
public sealed record SaveRequestorRequest(
    Guid? Id,
    Guid ClientId,
    string Name,
    string Email,
    string? Telephone,
    string? Extension,
    bool CanOpenTicket = true,
    bool Active = true)
{
    public string? Country { get; init; }
}
