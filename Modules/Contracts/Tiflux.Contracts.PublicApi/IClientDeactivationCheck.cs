namespace Tiflux.Contracts.PublicApi;

/// <summary>
/// A port other modules implement when their records of a client must stop it from being deactivated (Tickets: open
/// or unreviewed tickets). Contracts asks every registered check and knows none of them, so the dependency points
/// from those modules to Contracts and never back.
/// </summary>
public interface IClientDeactivationCheck
{
    /// <summary>Why <paramref name="clientId"/> cannot be deactivated now (pt-BR, shown to the user), or null when it can.</summary>
    Task<string?> BlockingReasonAsync(Guid clientId, CancellationToken cancellationToken);
}
