namespace Tiflux.Tickets.PublicApi;

/// <summary>The options ticket forms and filters offer: clients, a client's resources and extra expenses.</summary>
public interface ITicketChoices
{
    /// <summary>Active clients, by name (from Contracts), for ticket forms and filters.</summary>
    Task<IReadOnlyList<ChoiceDto>> GetClientChoicesAsync(CancellationToken cancellationToken);

    /// <summary>A client's resources (equipment), with the group in the name.</summary>
    Task<IReadOnlyList<ChoiceDto>> GetResourceChoicesAsync(Guid clientId, CancellationToken cancellationToken);

    /// <summary>Active extra expenses of the catalog (from Contracts), with their unit value.</summary>
    Task<IReadOnlyList<EntryChoiceDto>> GetExtraExpenseChoicesAsync(CancellationToken cancellationToken);
}
