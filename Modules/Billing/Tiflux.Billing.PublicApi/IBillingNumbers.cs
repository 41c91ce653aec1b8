namespace Tiflux.Billing.PublicApi;

/// <summary>The numbers of billings by id, so reports show "Faturado em #N" for the billing ids the Tickets module keeps.</summary>
public interface IBillingNumbers
{
    /// <summary>Number of each known billing among <paramref name="billingIds"/> (unknown ids are left out).</summary>
    Task<IReadOnlyDictionary<Guid, int>> GetNumbersAsync(IReadOnlyCollection<Guid> billingIds, CancellationToken cancellationToken);
}
