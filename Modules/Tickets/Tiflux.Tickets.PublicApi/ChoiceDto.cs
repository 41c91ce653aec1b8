namespace Tiflux.Tickets.PublicApi;

/// <summary>An id and a display name for a select list.</summary>
public sealed record ChoiceDto(Guid Id, string Name);
