using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Statements;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class BillingStatements(IServiceProvider services) : IBillingStatements
{
    public Task<IReadOnlyList<ContractBalanceDto>> GetContractBalancesAsync(ContractBalanceRequest request, CancellationToken cancellationToken) =>
        services.GetRequiredService<GetContractBalances>().HandleAsync(request, cancellationToken);
}
