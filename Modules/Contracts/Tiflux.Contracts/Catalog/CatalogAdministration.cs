using Microsoft.Extensions.DependencyInjection;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Catalog;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class CatalogAdministration(IServiceProvider services) : ICatalogAdministration
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<IReadOnlyList<StandaloneServiceDto>> ListStandaloneServicesAsync(CancellationToken cancellationToken) =>
        Get<ListStandaloneServices>().HandleAsync(cancellationToken);

    public Task<Result<Guid>> SaveStandaloneServiceAsync(Guid? id, SaveStandaloneServiceRequest request, CancellationToken cancellationToken) =>
        Get<SaveStandaloneService>().HandleAsync(id, request, cancellationToken);

    public Task<IReadOnlyList<TravelDto>> ListTravelsAsync(CancellationToken cancellationToken) =>
        Get<ListTravels>().HandleAsync(cancellationToken);

    public Task<Result<Guid>> SaveTravelAsync(Guid? id, SaveTravelRequest request, CancellationToken cancellationToken) =>
        Get<SaveTravel>().HandleAsync(id, request, cancellationToken);

    public Task<IReadOnlyList<ExtraExpenseDto>> ListExtraExpensesAsync(CancellationToken cancellationToken) =>
        Get<ListExtraExpenses>().HandleAsync(cancellationToken);

    public Task<Result<Guid>> SaveExtraExpenseAsync(Guid? id, SaveExtraExpenseRequest request, CancellationToken cancellationToken) =>
        Get<SaveExtraExpense>().HandleAsync(id, request, cancellationToken);
}
