namespace Tiflux.Billing.PublicApi;

/// <summary>The only way other modules and the host reach the Billing module.</summary>
public interface IBillingModule
{
    /// <summary>Whether the module's schema is reachable and fully migrated.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
