namespace Tiflux.Contracts.PublicApi;

/// <summary>The only way other modules and the host reach the Contracts module.</summary>
public interface IContractsModule
{
    /// <summary>Whether the module's schema is reachable and fully migrated.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
