namespace Tiflux.Billing.PublicApi;

/// <summary>
/// The consumption charts' question: the contracts of these clients (null or empty = every client), active ones only
/// unless <see cref="IncludeInactiveContracts"/>, with their last <see cref="MaxCycles"/> cycles up to <see cref="UpTo"/>.
/// </summary>
public sealed record ConsumptionHistoryRequest(IReadOnlyCollection<Guid>? ClientIds, bool IncludeInactiveContracts, DateOnly UpTo)
{
    /// <summary>The cycles shown per contract; the pages say "últimos 12 ciclos".</summary>
    public const int DefaultMaxCycles = 12;

    public int MaxCycles { get; init; } = DefaultMaxCycles;
}

/// <summary>What a contract's allowance is measured in.</summary>
public enum ConsumptionUnit
{
    /// <summary>Billable minutes (Horas, Horas acumulativas, Livre and Produto/SaaS, which have no allowance).</summary>
    Hours = 1,

    /// <summary>Distinct tickets with entries (Limite de Atendimento).</summary>
    Tickets = 2,

    /// <summary>Credit in R$: each entry at its rider's rate for its mode (Crédito, Crédito compartilhado).</summary>
    Credit = 3,
}

/// <summary>One contract's consumption per cycle, oldest cycle first.</summary>
public sealed record ContractConsumptionHistory(
    Guid ContractId,
    int ContractNumber,
    string ContractName,
    Guid ClientId,
    string ClientName,
    string ModalityName,
    ConsumptionUnit Unit,
    bool Active,
    IReadOnlyList<CycleConsumption> Cycles);

/// <summary>
/// A cycle's consumption, measured exactly as <see cref="IBillingModule.GetCurrentUsageAsync"/> measures the current one
/// (billable minutes with time rounding, warranty excluded; tickets or credit where the modality has them).
/// <see cref="IsCurrent"/>: the cycle contains the asked date (still "em andamento"); <see cref="IsClosed"/>: it ended before it.
/// </summary>
public sealed record CycleConsumption(
    int Index,
    DateOnly Start,
    DateOnly End,
    int UsedMinutes,
    int? IncludedMinutes,
    int? UsedTickets,
    int? IncludedTickets,
    decimal? UsedCredit,
    decimal? IncludedCredit,
    bool IsCurrent,
    bool IsClosed)
{
    /// <summary>The consumption in the contract's unit: minutes, tickets or R$.</summary>
    public decimal Consumed(ConsumptionUnit unit) => unit switch
    {
        ConsumptionUnit.Tickets => UsedTickets ?? 0,
        ConsumptionUnit.Credit => UsedCredit ?? 0m,
        _ => UsedMinutes,
    };

    /// <summary>The allowance in the contract's unit; null when the modality has none (Livre, Produto/SaaS).</summary>
    public decimal? Included(ConsumptionUnit unit) => unit switch
    {
        ConsumptionUnit.Tickets => IncludedTickets,
        ConsumptionUnit.Credit => IncludedCredit,
        _ => IncludedMinutes,
    };

    /// <summary>What the cycle used beyond its own allowance (no balance carried from other cycles); zero without an allowance.</summary>
    public decimal Excess(ConsumptionUnit unit) => Included(unit) is { } included && Consumed(unit) > included ? Consumed(unit) - included : 0m;
}
