using Tiflux.SharedKernel;

namespace Tiflux.Contracts.PublicApi;

/// <summary>Catalogs: standalone services, travels and extra expenses (Configurações › Financeiro).</summary>
public interface ICatalogAdministration
{
    /// <summary>Every standalone service, by name.</summary>
    Task<IReadOnlyList<StandaloneServiceDto>> ListStandaloneServicesAsync(CancellationToken cancellationToken);

    /// <summary>Creates (null id) or updates a standalone service.</summary>
    Task<Result<Guid>> SaveStandaloneServiceAsync(Guid? id, SaveStandaloneServiceRequest request, CancellationToken cancellationToken);

    /// <summary>Every travel, by name.</summary>
    Task<IReadOnlyList<TravelDto>> ListTravelsAsync(CancellationToken cancellationToken);

    /// <summary>Creates (null id) or updates a travel.</summary>
    Task<Result<Guid>> SaveTravelAsync(Guid? id, SaveTravelRequest request, CancellationToken cancellationToken);

    /// <summary>Every extra expense, by name.</summary>
    Task<IReadOnlyList<ExtraExpenseDto>> ListExtraExpensesAsync(CancellationToken cancellationToken);

    /// <summary>Creates (null id) or updates an extra expense.</summary>
    Task<Result<Guid>> SaveExtraExpenseAsync(Guid? id, SaveExtraExpenseRequest request, CancellationToken cancellationToken);
}

/// <summary>A standalone service's data.</summary>
public sealed record SaveStandaloneServiceRequest(
    string Name,
    Guid? ClientId,
    decimal ExternalHourRate,
    decimal RemoteHourRate,
    decimal InternalHourRate,
    bool Active);

/// <summary>A travel's data; <see cref="ClientId"/> or <see cref="ContractId"/> as the scope requires.</summary>
public sealed record SaveTravelRequest(string Name, decimal Value, TravelScope Scope, Guid? ClientId, Guid? ContractId, bool Active);

/// <summary>An extra expense's data.</summary>
public sealed record SaveExtraExpenseRequest(string Name, decimal UnitValue, string Description, bool Active);
