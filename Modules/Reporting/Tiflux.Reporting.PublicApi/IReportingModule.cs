namespace Tiflux.Reporting.PublicApi;

/// <summary>The only way other modules and the host reach the Reporting module.</summary>
public interface IReportingModule
{
    /// <summary>Whether the module's schema is reachable and fully migrated.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
