namespace Tiflux.Billing.PublicApi;

/// <summary>What the client statement (extrato de consumo) asks of Billing beyond consumption: the ledger's balances.</summary>
public interface IBillingStatements
{
    /// <summary>
    /// For each asked contract of Horas Cumulativas, Crédito or Crédito compartilhado: the balance movements the ledger
    /// recorded when its cycles were billed, split into before the period (opening), in it and after the period's last
    /// cycle (ignored), plus the hour lots alive at the end with their expiry. Other modalities are left out.
    /// </summary>
    Task<IReadOnlyList<ContractBalanceDto>> GetContractBalancesAsync(ContractBalanceRequest request, CancellationToken cancellationToken);
}
